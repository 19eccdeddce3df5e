/**
 * Operator-facing endpoints: {@code webhook-info} (what is configured and what came in) and
 * {@code webhook-test} (feed a payload through the real storage and processing path without a signature).
 */
package io.igbridge.admin;
