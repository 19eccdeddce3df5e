package io.igbridge.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

/**
 * {@code check}: runs the running instance's self-check against Meta ({@code GET /api/admin/diagnostics}) and prints
 * each finding in plain words with its fix; exit code 1 when one is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs the instance's self-check with Meta (GET /api/admin/diagnostics): the settings, "
                + "the token, the account id, the subscribed webhook fields, the token's refresh.",
                "Prints each finding and its fix; exit code 1 when one is an error. Needs IGBRIDGE_ADMIN_TOKEN."})
final class CheckCommand extends InstanceCommand {

    CheckCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        AdminApi admin = admin();
        JsonNode diagnosis = admin.expectOk(admin.get("/api/admin/diagnostics"));
        PrintWriter out = out();
        int errors = 0;
        int warnings = 0;
        for (JsonNode finding : diagnosis.path("findings")) {
            String severity = finding.path("severity").asString();
            errors += severity.equals("ERROR") ? 1 : 0;
            warnings += severity.equals("WARNING") ? 1 : 0;
            out.println(String.format("%-7s %s: %s", severity, finding.path("check").asString(),
                    finding.path("message").asString()));
            if (finding.path("fix").isString()) {
                out.println("        fix: " + finding.path("fix").asString());
            }
        }
        out.println((errors == 0 ? "healthy: " : "not healthy: ") + plural(errors, "error") + ", "
                + plural(warnings, "warning"));
        return errors == 0 && diagnosis.path("healthy").asBoolean(true) ? 0 : 1;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
