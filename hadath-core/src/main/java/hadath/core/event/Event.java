package hadath.core.event;

import hadath.core.text.CharSpan;
import java.time.LocalDate;

/**
 * An event of the contract's {@code events} list: who did what to whom, coded in CAMEO and PLOVER.
 * Ids ({@code source}, {@code target}, {@code time}, {@code location}) refer to entities and times of
 * the same analysis and may be null.
 */
public record Event(String id, String cameo, String cameoName, String plover, String ploverMode, Double goldstein,
                    Integer quadClass, String source, String target, LocalDate date, String time, String location,
                    CharSpan triggerSpan, String triggerText, CharSpan sentence, double confidence) {

    /** The same event aimed at {@code newTarget}. */
    public Event withTarget(String newTarget) {
        return new Event(id, cameo, cameoName, plover, ploverMode, goldstein, quadClass, source, newTarget, date, time,
                location, triggerSpan, triggerText, sentence, confidence);
    }

    /** The same event located at {@code newLocation}. */
    public Event withLocation(String newLocation) {
        return new Event(id, cameo, cameoName, plover, ploverMode, goldstein, quadClass, source, target, date, time,
                newLocation, triggerSpan, triggerText, sentence, confidence);
    }
}
