package io.igbridge.accounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;

/**
 * An account to add, checked: {@code accountId} the Instagram professional account id (digits, as the webhooks'
 * {@code entry.id}), {@code login} {@code instagram} or {@code facebook}, a token (no blanks in it), an optional
 * display name and an optional rules file that exists.
 */
public record NewAccount(String accountId, LoginType login, Secret accessToken, String displayName,
        String rulesFile) {

    static final int MAX_TOKEN_LENGTH = 2000;
    static final int MAX_DISPLAY_NAME = 200;
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{1,64}");

    /**
     * Checks what an operator sent.
     *
     * @throws AccountRefusal ({@link AccountRefusal.Kind#INVALID}) naming the first field that is wrong
     */
    public static NewAccount of(String accountId, String login, String accessToken, String displayName,
            String rulesFile) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId.strip()).matches()) {
            throw invalid("invalid_account_id", "accountId is the Instagram professional account id: digits, as"
                    + " the webhooks' entry.id (e.g. 17841400000000001)");
        }
        LoginType type = loginType(login);
        if (accessToken == null || accessToken.isBlank()) {
            throw invalid("missing_access_token", "accessToken is required: the account's long-lived token (an"
                    + " Instagram User token with Instagram Login, a Page token with Facebook Login)");
        }
        if (accessToken.length() > MAX_TOKEN_LENGTH || accessToken.strip().chars().anyMatch(Character::isWhitespace)) {
            throw invalid("invalid_access_token", "accessToken must be one word of at most " + MAX_TOKEN_LENGTH
                    + " characters");
        }
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        if (name != null && (name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl))) {
            throw invalid("invalid_display_name", "displayName is at most " + MAX_DISPLAY_NAME
                    + " characters, on one line");
        }
        String rules = rulesFile == null || rulesFile.isBlank() ? null : rulesFile.strip();
        if (rules != null && !Files.isRegularFile(Path.of(rules))) {
            throw invalid("invalid_rules_file", "rulesFile " + rules + " is not a file this service can read");
        }
        return new NewAccount(accountId.strip(), type, new Secret(accessToken.strip()), name, rules);
    }

    private static LoginType loginType(String login) {
        try {
            return LoginType.valueOf(login == null ? "" : login.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("invalid_login", "login is instagram (Business Login for Instagram) or facebook (Facebook"
                    + " Login, with a Page token)");
        }
    }

    private static AccountRefusal invalid(String code, String message) {
        return new AccountRefusal(AccountRefusal.Kind.INVALID, code, message);
    }
}
