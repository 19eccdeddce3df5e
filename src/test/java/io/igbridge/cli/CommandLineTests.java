package io.igbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.igbridge.IgbridgeApplication;
import io.igbridge.support.FreePort;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The command line without a service: which arguments it takes from the service, help, and its usage errors; and the
 * jar's real entry point, {@link IgbridgeApplication#main}, in a JVM of its own.
 */
class CommandLineTests {

    @TempDir
    Path workDir;

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

    @Test
    void theApplicationsMainRunsACommandAndExitsWithItsCode() throws Exception {
        Path rules = Files.writeString(workDir.resolve("rules.yml"), """
                rules:
                  - name: greeting
                    trigger: dm
                    actions:
                      - reply_dm: "Bonjour !"
                """);

        CommandRun run = mainInItsOwnJvm("rules", "validate", rules.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("OK: " + rules + ", 1 rule (in firing order):\n  greeting (line 2): dm\n");
        assertThat(run.err()).as("no log line, no Spring banner").isEmpty();
    }

    @Test
    void theApplicationsMainReadsTheDotEnvFileOfItsWorkingDirectoryForACommand() throws Exception {
        int closedPort = closedPort();
        Files.writeString(workDir.resolve(".env"), "IGBRIDGE_ADMIN_TOKEN=admin-token-from-dotenv-5e1f\n"
                + "SERVER_PORT=" + closedPort + "\n");

        CommandRun run = mainInItsOwnJvm("check");

        // the token and the port both came from .env: without the token it would say "IGBRIDGE_ADMIN_TOKEN is not set"
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("error: connection refused: is igbridge running at http://localhost:"
                + closedPort + "?");
        assertThat(run.out() + run.err()).doesNotContain("admin-token-from-dotenv-5e1f");
    }

    /**
     * {@code java io.igbridge.IgbridgeApplication <args>} on this test's class path, in {@link #workDir}, with none of
     * the service's settings inherited from this environment; a run that does not end within a minute (the service
     * started instead of the command) fails the test.
     */
    private CommandRun mainInItsOwnJvm(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                IgbridgeApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("INSTAGRAM_")
                || variable.startsWith("IGBRIDGE_") || variable.startsWith("SPRING_") || variable.equals("SERVER_PORT")
                || variable.equals("JAVA_TOOL_OPTIONS") || variable.equals("JDK_JAVA_OPTIONS"));
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after a minute: " + Files.readString(out));
        }
        return new CommandRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A port nothing listens on (it did a moment ago). */
    private static int closedPort() {
        return FreePort.pick();
    }
}
