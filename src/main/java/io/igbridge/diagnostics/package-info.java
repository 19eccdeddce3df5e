/**
 * Operators: the self-check ({@code GET /api/admin/diagnostics}), the seed guide's troubleshooting section asked of
 * Meta: the token, the account id, the subscribed webhook fields.
 */
package io.igbridge.diagnostics;
