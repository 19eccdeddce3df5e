package io.igbridge.leads;

/**
 * An e-mail address or phone number found in a message.
 *
 * @param written    as the person wrote it
 * @param normalized what makes two of them the same: the lower-cased address, the number in E.164
 */
record FoundContact(ContactKind kind, String written, String normalized, LeadSource source) {
}
