/**
 * The Hadath pipeline on Apache Spark: {@link hadath.spark.AnalyzeJob} reads articles from any Hadoop-compatible
 * path, analyses them in {@code mapPartitions} with one pipeline per executor JVM, and writes tables. Spark is a
 * provided dependency of this module only; nothing else in Hadath depends on it.
 */
package hadath.spark;
