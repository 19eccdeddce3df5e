/**
 * Step ③ processing: claim a stored delivery ({@code FOR UPDATE SKIP LOCKED}), parse it, store each event once
 * (unique on account + dedup key), run the handlers on the new ones, and mark the delivery processed — all in
 * one transaction. A crash anywhere leaves the delivery to be claimed again; a duplicate is harmless.
 */
package io.igbridge.processing;
