package hadath.store.query;

import java.time.LocalDate;

/** Events of one quad class (0 when unknown) in the period starting on {@code period}. */
public record TimelinePoint(LocalDate period, int quadClass, long events) {
}
