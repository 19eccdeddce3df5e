package io.igbridge.lifecycle;

import java.util.Map;

/**
 * What deleting a contact's data removed: rows per table, and the deliveries that also held other people's items
 * and were rewritten without the contact's ({@code raw_delivery.redacted_at} set).
 */
public record ContactDeletion(String accountId, Map<String, Integer> removed, int deliveriesRedacted) {

    public int total() {
        return removed.values().stream().mapToInt(Integer::intValue).sum() + deliveriesRedacted;
    }
}
