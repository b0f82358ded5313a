/** Benchmarks: JMH for the stages, whole-corpus throughput harnesses, the corpus generator. */
package hadath.bench;
