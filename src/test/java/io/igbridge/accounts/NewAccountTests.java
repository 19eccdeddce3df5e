package io.igbridge.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import io.igbridge.config.IgbridgeProperties.LoginType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator may send to add an account, and what each mistake is answered with (never the token). */
class NewAccountTests {

    static final String TOKEN = "IGQ-new-account-token-41ce";

    @Test
    void aValidAccountIsReadAsSentWithItsLoginTypeAndBlanksTrimmed() {
        NewAccount account = NewAccount.of(" 17841400000000777 ", "Facebook", " " + TOKEN + " ", " Café C ", " ");

        assertThat(account.accountId()).isEqualTo("17841400000000777");
        assertThat(account.login()).isEqualTo(LoginType.FACEBOOK);
        assertThat(account.accessToken().reveal()).isEqualTo(TOKEN);
        assertThat(account.displayName()).isEqualTo("Café C");
        assertThat(account.rulesFile()).isNull();
        assertThat(account.toString()).doesNotContain(TOKEN);
    }

    @Test
    void theDisplayNameIsOptional() {
        assertThat(NewAccount.of("1784", "instagram", TOKEN, null, null).displayName()).isNull();
    }

    @Test
    void eachMistakeIsNamedByItsCode() {
        assertThat(code(null, "instagram", TOKEN, null, null)).isEqualTo("invalid_account_id");
        assertThat(code("page_123", "instagram", TOKEN, null, null)).isEqualTo("invalid_account_id");
        assertThat(code("1784/../me", "instagram", TOKEN, null, null)).isEqualTo("invalid_account_id");
        assertThat(code("1784", null, TOKEN, null, null)).isEqualTo("invalid_login");
        assertThat(code("1784", "messenger", TOKEN, null, null)).isEqualTo("invalid_login");
        assertThat(code("1784", "instagram", null, null, null)).isEqualTo("missing_access_token");
        assertThat(code("1784", "instagram", "  ", null, null)).isEqualTo("missing_access_token");
        assertThat(code("1784", "instagram", "two words", null, null)).isEqualTo("invalid_access_token");
        assertThat(code("1784", "instagram", "x".repeat(NewAccount.MAX_TOKEN_LENGTH + 1), null, null))
                .isEqualTo("invalid_access_token");
        assertThat(code("1784", "instagram", TOKEN, "a\nb", null)).isEqualTo("invalid_display_name");
        assertThat(code("1784", "instagram", TOKEN, "n".repeat(NewAccount.MAX_DISPLAY_NAME + 1), null))
                .isEqualTo("invalid_display_name");
        assertThat(code("1784", "instagram", TOKEN, null, "/no/such/rules.yml")).isEqualTo("invalid_rules_file");
    }

    @Test
    void aRulesFileThatExistsIsKept(@TempDir Path directory) throws Exception {
        Path rules = Files.writeString(directory.resolve("rules.yml"), "rules: []\n");

        assertThat(NewAccount.of("1784", "instagram", TOKEN, null, rules.toString()).rulesFile())
                .isEqualTo(rules.toString());
    }

    @Test
    void noRefusalQuotesTheToken() {
        assertThatThrownBy(() -> NewAccount.of("1784", "instagram", TOKEN + " x", null, null))
                .isInstanceOf(AccountRefusal.class).message().doesNotContain(TOKEN);
    }

    private static String code(String accountId, String login, String token, String name, String rulesFile) {
        try {
            NewAccount.of(accountId, login, token, name, rulesFile);
        } catch (AccountRefusal refused) {
            assertThat(refused.kind()).isEqualTo(AccountRefusal.Kind.INVALID);
            return refused.code();
        }
        throw new AssertionError("accepted");
    }
}
