package hadath.cli;

import blue.strategic.parquet.ParquetWriter;
import hadath.store.Store;
import hadath.store.export.EventColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes the stored events as a Parquet file with the columns of {@link EventColumns} (all optional; a null is
 * left unwritten, which is how Parquet marks it). Readable by DuckDB, pandas/pyarrow and Spark.
 */
final class ParquetEvents {

    private ParquetEvents() {
    }

    static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (EventColumns.Column c : EventColumns.ALL) {
            switch (c.kind()) {
                case TEXT -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
            }
        }
        return b.named("hadath_event");
    }

    /** Writes every event to {@code out} (replaced if present); returns how many. */
    static long write(Store store, Path out) throws IOException {
        Files.deleteIfExists(out);
        AtomicLong n = new AtomicLong();
        try (ParquetWriter<hadath.store.query.EventRow> w = ParquetWriter.writeFile(schema(), out.toFile(),
                (row, values) -> {
                    for (EventColumns.Column c : EventColumns.ALL) {
                        Object v = c.value().apply(row);
                        if (v != null) {
                            values.write(c.name(), v);
                        }
                    }
                })) {
            store.forEachEvent(row -> {
                try {
                    w.write(row);
                    n.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n.get();
    }
}
