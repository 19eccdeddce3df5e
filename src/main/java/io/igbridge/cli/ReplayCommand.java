package io.igbridge.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.igbridge.rules.DurationText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code replay <delivery-id>} or {@code replay --since <instant or duration>}: processes stored deliveries again
 * through the admin API (their events are still stored once each), showing progress and a summary. It does not say
 * which events were new: when a worker of the instance takes the requeued delivery first, the admin API's answer
 * counts the events the delivery itself stored as new, so that count is not reliable for a replay.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Processes stored deliveries again (POST /api/admin/deliveries/{id}/replay): one by its id "
                + "(X-Igbridge-Delivery), or every one received since an instant or for a duration.",
                "Events already stored are not stored twice. Needs IGBRIDGE_ADMIN_TOKEN."})
final class ReplayCommand extends InstanceCommand {

    static final int PAGE_SIZE = 500;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "<delivery-id>", description = "The delivery to replay")
        Long id;

        @Option(names = "--since", paramLabel = "<instant|duration>",
                description = "Every delivery received since then: 2026-11-24T08:00:00Z, or 2h, 30m, 1d (ago)")
        String since;
    }

    ReplayCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Instant since = target.since == null ? null : since(target.since);
        AdminApi admin = admin();
        return since == null ? replayOne(admin, target.id) : replaySince(admin, since);
    }

    private int replayOne(AdminApi admin, long id) {
        JsonNode outcome = replay(admin, id);
        PrintWriter out = out();
        if (outcome.isMissingNode()) {
            throw new CommandFailure("no delivery " + id + " on the instance (never stored, or purged after "
                    + "IGBRIDGE_RETENTION_DAYS)");
        }
        int events = outcome.path("events").size();
        out.println("delivery " + id + " replayed: " + outcome.path("status").asString() + ", " + events
                + (events == 1 ? " event" : " events") + problem(outcome));
        return processed(outcome) ? 0 : 1;
    }

    private int replaySince(AdminApi admin, Instant since) {
        PrintWriter out = out();
        List<Long> ids = receivedSince(admin, since);
        out.println(ids.size() + (ids.size() == 1 ? " delivery" : " deliveries") + " received since " + since);
        if (ids.isEmpty()) {
            return 0;
        }
        Progress progress = new Progress(out, context.onTerminal(), "replayed", ids.size());
        Map<String, Integer> byStatus = new TreeMap<>();
        long events = 0;
        int gone = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonNode outcome = replay(admin, ids.get(i));
            if (outcome.isMissingNode()) {
                gone++;
            } else {
                byStatus.merge(outcome.path("status").asString(), 1, Integer::sum);
                events += outcome.path("events").size();
            }
            progress.done(i + 1);
        }
        out.println("replayed " + ids.size() + ": " + byStatus.entrySet().stream()
                .map(status -> status.getValue() + " " + status.getKey()).collect(Collectors.joining(", "))
                + "; " + events + (events == 1 ? " event" : " events")
                + (gone == 0 ? "" : "; " + gone + " no longer stored (purged meanwhile)"));
        boolean allDone = byStatus.keySet().stream().allMatch(ReplayCommand::done);
        if (!allDone) {
            spec.commandLine().getErr().println("some deliveries failed again: the service retries them (its log "
                    + "says why)");
        }
        return allDone ? 0 : 1;
    }

    /** The ids of every delivery received since then, page after page. */
    private static List<Long> receivedSince(AdminApi admin, Instant since) {
        List<Long> ids = new ArrayList<>();
        String after = "0";
        while (after != null) {
            JsonNode page = admin.expectOk(admin.get("/api/admin/deliveries?since=" + since + "&after=" + after
                    + "&limit=" + PAGE_SIZE));
            page.path("deliveries").forEach(delivery -> ids.add(delivery.path("id").asLong()));
            after = page.path("next").isNumber() ? page.path("next").asString() : null;
        }
        return ids;
    }

    /** What replaying the delivery did; a missing node when the instance has no such delivery. */
    private static JsonNode replay(AdminApi admin, long id) {
        Answer answer = admin.post("/api/admin/deliveries/" + id + "/replay", "");
        if (answer.status() == 404) {
            return MissingNode.getInstance();
        }
        return admin.expectOk(answer);
    }

    private Instant since(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
            return DurationText.parse(text).map(now::minus).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--since: '" + text + "' is neither an instant (2026-11-24T08:00:00Z) nor a "
                            + "duration (2h, 30m, 1d)"));
        }
    }

    private static boolean processed(JsonNode outcome) {
        return done(outcome.path("status").asString());
    }

    /** Processed, or unparseable (kept: replayed again after a fix); not waiting for a retry, not given up. */
    private static boolean done(String status) {
        return status.equals("PROCESSED") || status.equals("UNPARSEABLE");
    }

    private static String problem(JsonNode outcome) {
        JsonNode problem = outcome.path("problem");
        return problem.isString() ? ": " + problem.asString() : "";
    }
}
