package io.igbridge.graphapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import org.junit.jupiter.api.Test;

/**
 * Which account answers an event's {@code entry.id}: an added account its own (with its token and send node), the
 * default one its own id and, on a single-account instance or with Facebook Login, every other; nobody else's.
 */
class AccountRoutingTests {

    static final String DEFAULT = "17841400000000001";
    static final String ADDED = "17841400000000777";
    static final String ADDED_FACEBOOK = "17841400000000888";
    static final String DISABLED = "17841400000000666";
    static final String OTHER = "17841400000000999";
    static final Map<String, Secret> TOKENS = Map.of(DEFAULT, new Secret("IGQ-default"), ADDED,
            new Secret("IGQ-added"), ADDED_FACEBOOK, new Secret("EAAG-page"));

    static final AddedAccounts SOME = new AddedAccounts() {
        @Override
        public Optional<AddedAccount> find(String accountId) {
            return all().stream().filter(account -> account.accountId().equals(accountId)).findFirst();
        }

        @Override
        public List<AddedAccount> all() {
            return List.of(new AddedAccount(ADDED, LoginType.INSTAGRAM, true),
                    new AddedAccount(ADDED_FACEBOOK, LoginType.FACEBOOK, true),
                    new AddedAccount(DISABLED, LoginType.INSTAGRAM, false));
        }
    };

    private static ConfiguredAccount accounts(LoginType defaultLogin, AddedAccounts added) {
        var instagram = new IgbridgeProperties.Instagram(new Secret("IGQ-default"), DEFAULT, null, null, defaultLogin);
        return new ConfiguredAccount(instagram, accountId -> TOKENS.getOrDefault(accountId, new Secret("IGQ-default")),
                added);
    }

    @Test
    void anAddedAccountIsAnsweredWithItsOwnTokenAtItsOwnSendNode() {
        GraphAccount added = accounts(LoginType.INSTAGRAM, SOME).route(ADDED).orElseThrow();
        GraphAccount facebook = accounts(LoginType.INSTAGRAM, SOME).route(ADDED_FACEBOOK).orElseThrow();

        assertThat(added).isEqualTo(new GraphAccount(ADDED, LoginType.INSTAGRAM, TOKENS.get(ADDED), ADDED, ADDED));
        assertThat(facebook.sendNode()).isEqualTo("me");
        assertThat(facebook.accessToken()).isEqualTo(TOKENS.get(ADDED_FACEBOOK));
        assertThat(facebook.accountId()).isEqualTo(ADDED_FACEBOOK);
    }

    @Test
    void theDefaultAccountAnswersItsOwnIdAndOnASingleAccountInstanceEveryId() {
        assertThat(accounts(LoginType.INSTAGRAM, SOME).route(DEFAULT).orElseThrow().accessToken())
                .isEqualTo(TOKENS.get(DEFAULT));
        assertThat(accounts(LoginType.INSTAGRAM, AddedAccounts.NONE).route(OTHER).orElseThrow().sendNode())
                .isEqualTo(DEFAULT);
        assertThat(accounts(LoginType.INSTAGRAM, AddedAccounts.NONE).route("0")).isPresent();
    }

    @Test
    void withFacebookLoginTheDefaultAccountAnswersEveryIdNotAdded() {
        // INSTAGRAM_PAGE_ID is then the Page's id: the Instagram id of its events is not in the settings
        GraphAccount account = accounts(LoginType.FACEBOOK, SOME).route(OTHER).orElseThrow();

        assertThat(account.sendNode()).isEqualTo(DEFAULT);
        assertThat(account.instagramUserId()).isEqualTo(OTHER);
        assertThat(accounts(LoginType.FACEBOOK, SOME).route(ADDED).orElseThrow().accessToken())
                .isEqualTo(TOKENS.get(ADDED));
    }

    @Test
    void anAccountNotConfiguredOrDisabledIsNotAnsweredAndTheReasonSaysWhy() {
        ConfiguredAccount accounts = accounts(LoginType.INSTAGRAM, SOME);

        assertThat(accounts.route(OTHER)).isEmpty();
        assertThat(accounts.route(DISABLED)).isEmpty();
        assertThat(accounts.whyNotAnswered(OTHER)).contains("not configured here").doesNotContain("IGQ");
        assertThat(accounts.whyNotAnswered(DISABLED)).contains("disabled");
        assertThatIllegalStateException().isThrownBy(() -> accounts.forInstagramUser(OTHER))
                .withMessageContaining(OTHER);
    }

    @Test
    void anAddedAccountWhoseTokenCantBeReadGetsNoTokenNeverTheDefaultOne() {
        AccessTokenSource unreadable = new AccessTokenSource() {
            @Override
            public Secret current(String accountId) {
                return TOKENS.get(DEFAULT);
            }

            @Override
            public Secret currentAdded(String accountId) {
                return new Secret("");
            }
        };
        var instagram = new IgbridgeProperties.Instagram(new Secret("IGQ-default"), DEFAULT, null, null,
                LoginType.INSTAGRAM);

        assertThat(new ConfiguredAccount(instagram, unreadable, SOME).route(ADDED).orElseThrow().accessToken().isBlank())
                .isTrue();
    }

    @Test
    void withoutTheDefaultSettingsOnlyAddedAccountsAreAnswered() {
        var unset = new IgbridgeProperties.Instagram(null, null, null, null, LoginType.INSTAGRAM);

        assertThat(new ConfiguredAccount(unset, accountId -> TOKENS.get(ADDED), SOME).route(ADDED)).isPresent();
        assertThat(new ConfiguredAccount(unset, accountId -> new Secret(""), AddedAccounts.NONE).route(OTHER))
                .isEmpty();
        assertThat(new ConfiguredAccount(unset, accountId -> new Secret(""), AddedAccounts.NONE)
                .whyNotAnswered(OTHER)).isEqualTo("INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_PAGE_ID must be set to send");
    }
}
