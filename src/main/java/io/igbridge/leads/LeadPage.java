package io.igbridge.leads;

import java.util.List;

/**
 * One page of leads, newest first.
 *
 * @param page  0 for the newest
 * @param total how many leads there are in all (with the same account filter)
 */
public record LeadPage(List<Lead> leads, int page, int size, long total) {

    public LeadPage {
        leads = List.copyOf(leads);
    }
}
