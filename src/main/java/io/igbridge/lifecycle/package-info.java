/**
 * Data lifecycle, beside steps ①–④: deliveries and events purged after the retention period, a contact's data
 * deleted on request (GDPR), and messages Meta reports deleted redacted everywhere they were stored.
 */
package io.igbridge.lifecycle;
