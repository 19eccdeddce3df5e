package io.igbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command line without a service: which arguments it takes from the service, help, and its usage errors. */
class CommandLineTests {

    @Test
    void argumentsOfTheServiceStartTheService() {
        assertThat(Cli.handles(new String[0])).isFalse();
        assertThat(Cli.handles(new String[] {"--server.port=8080"})).isFalse();
        assertThat(Cli.handles(new String[] {"--spring.profiles.active=prod", "send-test"})).isFalse();
    }

    @Test
    void commandsAndHelpRunTheCommandLine() {
        for (String first : new String[] {"send-test", "replay", "rules", "accounts", "agents", "check", "help", "--help",
                "-h"}) {
            assertThat(Cli.handles(new String[] {first})).as(first).isTrue();
        }
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CommandRun run = CommandRun.of(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        // each command as the first word of a line of the "Commands:" list, not merely a word of some description
        for (String command : new String[] {"send-test", "replay", "rules", "accounts", "agents", "check"}) {
            assertThat(run.out()).as(command).containsPattern("(?m)^  " + command + "\\s");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"send-test", "replay", "rules validate", "accounts add", "accounts list", "agents add", "check",
            "rules", "accounts", "agents"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");

        CommandRun run = CommandRun.of(Map.of(), words);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Usage: igbridge " + command);
    }

    @Test
    void sendTestNamesTheKindsItKnows() {
        CommandRun run = CommandRun.of(Map.of(), "send-test", "story");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'story' is not one of dm, comment, mention, story-mention, reaction");
    }

    @Test
    void sendTestRefusesATextForAKindMetaSendsWithoutOne() {
        CommandRun run = CommandRun.of(Map.of(), "send-test", "reaction", "--text", "hello");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--text: Meta sends a reaction without text");
    }

    @Test
    void sendTestWithoutASecretSaysWhichVariableToSet() {
        CommandRun run = CommandRun.of(Map.of("INSTAGRAM_PAGE_ID", "17841400000000001"), "send-test", "dm");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: INSTAGRAM_WEBHOOK_SECRET is not set");
    }

    @Test
    void noInstanceRunningIsSaidSo() throws IOException {
        int closedPort = closedPort();

        CommandRun run = CommandRun.of(Map.of("INSTAGRAM_WEBHOOK_SECRET", "s3cret", "INSTAGRAM_PAGE_ID", "1784"),
                "send-test", "dm", "--url", "http://127.0.0.1:" + closedPort);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("connection refused: is igbridge running at http://127.0.0.1:" + closedPort + "?");
        assertThat(run.out() + run.err()).doesNotContain("s3cret");
    }

    @Test
    void theDefaultAddressIsThePortTheServiceReads() throws IOException {
        int closedPort = closedPort();

        CommandRun run = CommandRun.of(Map.of("IGBRIDGE_ADMIN_TOKEN", "t", "SERVER_PORT", String.valueOf(closedPort)),
                "check");

        assertThat(run.err()).contains("is igbridge running at http://localhost:" + closedPort + "?");
    }

    @Test
    void replayNeedsTheAdminToken() {
        CommandRun run = CommandRun.of(Map.of(), "replay", "42");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: IGBRIDGE_ADMIN_TOKEN is not set");
    }

    @Test
    void replaySinceSaysWhatItTakes() {
        CommandRun run = CommandRun.of(Map.of("IGBRIDGE_ADMIN_TOKEN", "t"), "replay", "--since", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'yesterday' is neither an instant (2026-11-24T08:00:00Z) nor a duration");
    }

    @Test
    void replayTakesAnIdOrSinceNotBoth() {
        CommandRun run = CommandRun.of(Map.of("IGBRIDGE_ADMIN_TOKEN", "t"), "replay", "42", "--since", "2h");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void agentsAddWithoutAPasswordNorATerminalSaysHowToGiveOne() {
        CommandRun run = CommandRun.of(Map.of("IGBRIDGE_ADMIN_TOKEN", "t"), "agents", "add", "camille");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no password: give it with --password-stdin");
    }

    /** A port nothing listens on (it did a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
