package io.igbridge.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import org.junit.jupiter.api.Test;

/**
 * The self-check when the settings it needs are missing: a finding per missing setting, saying what to set it to,
 * and nothing asked of Meta (the check is given no account, no Graph API client and no tokens: reaching for one
 * would fail the test).
 */
class SelfCheckTests {

    private static List<Finding> checkWith(Secret accessToken, String pageId, LoginType login) {
        var instagram = new IgbridgeProperties.Instagram(accessToken, pageId, null, null, login);
        var graphApi = new IgbridgeProperties.GraphApi(null, null, false, null);
        var properties = new IgbridgeProperties(instagram, graphApi, null, null, null, null, null, null, null);
        return new SelfCheck(properties, null, null, null, null, Clock.systemUTC()).run();
    }

    @Test
    void withoutTheTokenAndTheAccountIdEachIsAnErrorSayingWhatToSetItTo() {
        List<Finding> findings = checkWith(null, " ", LoginType.INSTAGRAM);

        assertThat(findings).extracting(Finding::check, Finding::severity).containsExactly(
                tuple("settings", Finding.Severity.ERROR), tuple("settings", Finding.Severity.ERROR));
        assertThat(findings.get(0).message()).startsWith("INSTAGRAM_ACCESS_TOKEN is not set")
                .contains("nothing can be sent to Instagram");
        assertThat(findings.get(0).fix()).contains("Set INSTAGRAM_ACCESS_TOKEN").contains("Business Login for Instagram")
                .endsWith("and restart.");
        assertThat(findings.get(1).message()).startsWith("INSTAGRAM_PAGE_ID is not set");
        assertThat(findings.get(1).fix()).contains("Set INSTAGRAM_PAGE_ID to the Instagram professional account's"
                + " user_id");
    }

    @Test
    void withFacebookLoginAMissingAccountIdIsTheFacebookPagesId() {
        List<Finding> findings = checkWith(new Secret("EAAG-page-token"), null, LoginType.FACEBOOK);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(finding.message()).startsWith("INSTAGRAM_PAGE_ID is not set");
            assertThat(finding.fix()).contains("the Facebook Page's id linked to the Instagram account");
        });
    }
}
