/**
 * ⑥ graph api, the token: the access token in force (the configured one, or a newer one stored encrypted; for an
 * account added through the admin API, its own, stored encrypted), Instagram Login tokens refreshed before they
 * expire, on one node at a time.
 */
package io.igbridge.tokens;
