package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.igbridge.support.IntegrationTest;
import io.igbridge.support.RulesFiles;
import io.igbridge.support.ServiceTest;
import io.igbridge.support.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A rules file in use: shown to operators, reloaded on demand, a broken version reported with its line. */
@IntegrationTest
class RulesAdminIntegrationTests extends ServiceTest {

    static final Path RULES = createRulesFile();

    static Path createRulesFile() {
        return RulesFiles.write("""
                rules:
                  - name: shipping
                    trigger: dm
                    when:
                      any: [livraison, shipping]
                    actions:
                      - reply_dm: "Livraison en 48 h."
                """);
    }

    @DynamicPropertySource
    static void rulesFile(DynamicPropertyRegistry registry) {
        registry.add("IGBRIDGE_RULES_FILE", RULES::toString);
        registry.add("IGBRIDGE_RULES_RELOAD_INTERVAL", () -> "0");
    }

    @Test
    void aBrokenRulesFileIsReportedWithItsLineAndThePreviousRulesStayInForce() throws IOException {
        var before = client.getWithToken("/api/admin/rules", TestSecrets.ADMIN_TOKEN);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("\"rules\":1", "\"lastReloadProblems\":[]");

        Files.writeString(RULES, """
                rules:
                  - name: shipping
                    trigger: dmm
                    actions:
                      - reply_dm: "x"
                """);
        var reloaded = client.post("/api/admin/rules/reload", new byte[0], "Authorization",
                "Bearer " + TestSecrets.ADMIN_TOKEN);

        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("\"line\":3", "dmm");
        var decided = client.postTest("""
                {"entry":[{"id":"page_123","changes":[{"field":"messages","value":{"messages":[{"id":"msg_rules",\
                "from":{"id":"user_456"},"timestamp":"1640995200","text":"et la livraison ?"}]}}]}]}""");
        assertThat(decided.body()).contains("Livraison en 48 h.");
        assertThat(client.get("/api/admin/rules").statusCode()).isEqualTo(401);
    }
}
