package hadath.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads articles from any path Spark's file sources read (local, HDFS, S3 ...) into one shape: the columns
 * {@link #COLUMNS}, all strings, null where the input has none. Nothing is analysed here.
 */
final class ArticleInput {

    /** The columns every reader produces, in this order; {@code path} is the source file of a text article. */
    static final List<String> COLUMNS = List.of("id", "text", "published", "url", "title", "source", "path");

    /** JSON Lines are read with this schema, not an inferred one: no extra pass, and absent fields are null. */
    private static final StructType JSONL = DataTypes.createStructType(COLUMNS.subList(0, 6).stream()
            .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toList());

    private ArticleInput() {
    }

    static Dataset<Row> read(SparkSession spark, JobOptions o) {
        Dataset<Row> raw = switch (o.inputFormat()) {
            case JSONL -> spark.read().schema(JSONL).json(o.input());
            case PARQUET -> spark.read().parquet(o.input());
            case TEXT -> spark.read().option("wholetext", true).option("recursiveFileLookup", true).text(o.input())
                    .withColumnRenamed("value", "text").withColumn("path", input_file_name());
        };
        List<String> present = Arrays.asList(raw.columns());
        if (!present.contains("text")) {
            throw new IllegalArgumentException(o.input() + ": no 'text' column; articles need text (and may have "
                    + String.join(", ", COLUMNS.subList(0, 6)) + ")");
        }
        Column[] columns = COLUMNS.stream()
                .map(c -> (present.contains(c) ? col(c).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType))
                        .as(c))
                .toArray(Column[]::new);
        return raw.select(columns);
    }
}
