/**
 * The end-to-end benchmark's baseline: a Spring Boot endpoint that checks the signature and answers, with no
 * storage (bench/e2e.sh, docs/benchmarks.md).
 */
package io.igbridge.benchmarks.baseline;
