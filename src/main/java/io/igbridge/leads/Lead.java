package io.igbridge.leads;

import java.time.Instant;

/**
 * A lead as the team sees it.
 *
 * @param userId          the person (their Instagram-scoped id on the account)
 * @param kind            {@code email} or {@code phone}
 * @param value           as the person wrote it
 * @param normalizedValue the lower-cased address, or the number in E.164 ({@code +33612345678})
 * @param source          {@code text} (typed in a DM) or {@code quick_reply} (a tapped contact quick reply)
 * @param eventId         the DM it came from ({@code instagram_event.id}); null once the retention period purged it
 * @param excerpt         what the DM said around it (at most 200 characters)
 */
public record Lead(long id, String accountId, String userId, String kind, String value, String normalizedValue,
        String source, Long eventId, String excerpt, Instant collectedAt) {
}
