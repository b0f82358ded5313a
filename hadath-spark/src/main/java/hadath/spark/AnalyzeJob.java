package hadath.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import hadath.core.pipeline.Analysis;
import hadath.core.pipeline.Pipeline;
import hadath.store.Store;
import java.util.Iterator;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Hadath pipeline over a corpus on Spark: articles in (JSON Lines, Parquet or text files from any
 * Hadoop-compatible path), analyses out as tables under one directory:
 * <ul>
 *   <li>{@code documents/}, {@code entities/}, {@code quotes/}, {@code events/} (Parquet), one row per item,
 *       keyed by {@code article_id};</li>
 *   <li>{@code analyses/} (JSON Lines): each article's {@code hadath.analysis/1} JSON, what {@code hadath analyze}
 *       prints for it;</li>
 *   <li>{@code gdelt/}: the events as GDELT 2.0 Event records, by the store's formatter ({@link GdeltLines});</li>
 *   <li>with {@code --db URL}, every analysis saved into that store as well (PostgreSQL for a cluster);</li>
 *   <li>{@code errors/} (JSON Lines), only when some articles could not be analysed: their id and the problem.</li>
 * </ul>
 * Each executor JVM builds the pipeline once ({@link PipelineHolder}); the analyses are computed once and kept
 * (memory, then disk) while the tables are written. For spark-submit:
 * <pre>spark-submit --class hadath.spark.AnalyzeJob hadath-spark-job.jar --input s3a://bucket/articles/ \
 *     --input-format jsonl --output s3a://bucket/hadath/ --output-format parquet,jsonl</pre>
 */
public final class AnalyzeJob {

    /** What a run did. */
    public record Summary(long articles, long failed, long entities, long quotes, long events, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles (%d failed), %d entities, %d quotes, %d events in %.1f s "
                    + "(%.1f articles/s)", articles, failed, entities, quotes, events, seconds, articles / seconds);
        }
    }

    private AnalyzeJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hadath-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("hadath-analyze");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            System.out.println("hadath-spark: " + run(spark, options));
        } finally {
            spark.stop();
        }
    }

    /** Reads, analyses and writes; returns the counts. */
    public static Summary run(SparkSession spark, JobOptions o) {
        long start = System.nanoTime();
        Dataset<Row> articles = ArticleInput.read(spark, o);
        if (o.partitions() > 0) {
            articles = articles.repartition(o.partitions());
        }
        Dataset<Row> analysed = articles.mapPartitions(analyse(o), Encoders.row(AnalysisRows.ARTICLE))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> ok = analysed.filter(col("error").isNull());
            Dataset<Row> failed = analysed.filter(col("error").isNotNull()).select("id", "error");
            long count = analysed.count();
            long failures = failed.count();
            if (failures > 0) {
                failed.write().mode(SaveMode.Overwrite).json(o.output() + "/errors");
            }
            if (o.outputs().contains(JobOptions.OutputFormat.JSONL)) {
                ok.select("json").write().mode(SaveMode.Overwrite).text(o.output() + "/analyses");
            }
            if (o.outputs().contains(JobOptions.OutputFormat.GDELT)) {
                ok.select(explode(col("gdelt")).as("line")).write().mode(SaveMode.Overwrite).text(o.output() + "/gdelt");
            }
            Dataset<Row> entities = explodeAs(ok, "entities");
            Dataset<Row> quotes = explodeAs(ok, "quotes");
            Dataset<Row> events = explodeAs(ok, "events");
            if (o.outputs().contains(JobOptions.OutputFormat.PARQUET)) {
                ok.select(col("id").as("article_id"), col("title"), col("source"), col("url"), col("published"),
                        col("language"), col("length")).write().mode(SaveMode.Overwrite).parquet(o.output() + "/documents");
                entities.write().mode(SaveMode.Overwrite).parquet(o.output() + "/entities");
                quotes.write().mode(SaveMode.Overwrite).parquet(o.output() + "/quotes");
                events.write().mode(SaveMode.Overwrite).parquet(o.output() + "/events");
            }
            return new Summary(count, failures, entities.count(), quotes.count(), events.count(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            analysed.unpersist();
        }
    }

    /** One row per element of the array column {@code name}, with the article's id in front. */
    private static Dataset<Row> explodeAs(Dataset<Row> ok, String name) {
        return ok.select(col("id").as("article_id"), explode(col(name)).as("item")).select("article_id", "item.*");
    }

    /**
     * The work of one partition: the executor's pipeline over its articles, one at a time (the iterator is
     * lazy, so a partition never holds more than one analysis beyond what Spark buffers).
     */
    static MapPartitionsFunction<Row, Row> analyse(JobOptions o) {
        boolean events = o.events();
        java.time.LocalDate fallbackDate = o.published();
        String db = o.db();
        return rows -> {
            Pipeline pipeline = PipelineHolder.get(events);
            Store store = db == null ? null : StoreHolder.get(db);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return analyse(pipeline, store, rows.next(), fallbackDate);
                }
            };
        };
    }

    static Row analyse(Pipeline pipeline, Store store, Row in, java.time.LocalDate fallbackDate) {
        String path = in.getAs("path");
        String id = in.getAs("id");
        if (id == null && path != null) {
            id = ArticleDocument.idOfPath(path);
        }
        ArticleDocument article = ArticleDocument.of(id, in.getAs("text"), in.getAs("published"), in.getAs("url"),
                in.getAs("title"), in.getAs("source"), fallbackDate);
        if (article.error() != null) {
            return AnalysisRows.failed(id, article.error());
        }
        try {
            Analysis analysis = pipeline.analyze(article.document());
            if (store != null) {
                store.save(analysis); // one transaction; a text already stored (a retried task) is skipped
            }
            return AnalysisRows.of(analysis);
        } catch (RuntimeException e) {
            // one bad article must not fail a job of millions: it is reported in errors/ with what went wrong
            return AnalysisRows.failed(id, "analysis failed: " + e);
        }
    }
}
