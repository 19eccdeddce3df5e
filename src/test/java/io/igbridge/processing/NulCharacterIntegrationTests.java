package io.igbridge.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.igbridge.support.Deliveries;
import io.igbridge.support.IntegrationTest;
import io.igbridge.support.ServiceTest;
import org.junit.jupiter.api.Test;

/**
 * A DM whose text and mid hold a NUL character (escaped in JSON, valid in a signed delivery) is handled like
 * any other, on H2 and on PostgreSQL, whose text types refuse U+0000: before the parser replaced it with U+FFFD, the
 * event failed every attempt there (SQL state 22021) and was given up, holding its contact's later DMs meanwhile.
 */
@IntegrationTest
class NulCharacterIntegrationTests extends ServiceTest {

    @Test
    void aDmHoldingANulCharacterIsHandledAndShownWithAReplacementCharacter() {
        client.postSigned(Deliveries.dmNow("8801", "mid.nul\\u0000probe", "avant\\u0000après"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "HANDLED".equals(status("message:mid.nul\uFFFDprobe")));
        assertThat(jdbc.queryForList("select text from conversation_message where mid = ?", String.class,
                "mid.nul\uFFFDprobe")).containsExactly("avant\uFFFDaprès");
    }

    private String status(String dedupKey) {
        return jdbc.queryForList("select status from instagram_event where dedup_key = ?", String.class, dedupKey)
                .stream().findFirst().orElse(null);
    }
}
