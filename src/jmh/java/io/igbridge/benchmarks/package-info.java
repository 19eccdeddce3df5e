/**
 * JMH micro-benchmarks of the hot paths, outside the normal build: {@code ./mvnw -Pbenchmarks verify
 * -Djmh.args="ClassifierBenchmark"} (docs/benchmarks.md).
 */
package io.igbridge.benchmarks;
