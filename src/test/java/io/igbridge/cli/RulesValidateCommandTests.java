package io.igbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules validate <file>}: the service's own loader, on a local file, without a service nor a database. */
class RulesValidateCommandTests {

    @TempDir
    Path directory;

    @Test
    void aValidFileIsOkWithItsRulesInFiringOrder() throws IOException {
        Path file = Files.writeString(directory.resolve("rules.yml"), """
                rules:
                  - name: thanks
                    trigger: comment
                    when:
                      any: [merci]
                    actions:
                      - reply_comment: "Merci à vous !"
                  - name: greeting
                    trigger: [dm, story_mention]
                    priority: 10
                    actions:
                      - reply_dm: "Bonjour !"
                """);

        CommandRun run = CommandRun.of(Map.of(), "rules", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("""
                OK: %s, 2 rules (in firing order):
                  greeting (line 8): dm, story_mention
                  thanks (line 2): comment
                """.formatted(file));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidFileListsEveryProblemAtItsLineAndExitsWith1() throws IOException {
        Path file = Files.writeString(directory.resolve("broken.yml"), """
                rules:
                  - name: greeting
                    trigger: dms
                    actions:
                      - reply_dm: "Bonjour !"
                  - name: prices
                    trigger: dm
                    cooldown: soon
                    actions:
                      - reply_dm: "{unknown_variable}"
                """);

        CommandRun run = CommandRun.of(Map.of(), "rules", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ": invalid, 3 problems:")
                .contains(file + ":3:14: ", file + ":8:15: ", file + ":10:19: unknown variable {unknown_variable}");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileIsSaidSo() {
        CommandRun run = CommandRun.of(Map.of(), "rules", "validate", directory.resolve("nowhere.yml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.yml: can't read the file: no such file");
    }
}
