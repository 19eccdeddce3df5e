/**
 * The end-to-end benchmark's tools, run by bench/e2e.sh (docs/benchmarks.md): signed Meta deliveries for wrk, a fake
 * Graph API, open-loop load at a fixed rate, and the service's backlog.
 */
package io.igbridge.benchmarks.e2e;
