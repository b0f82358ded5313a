package hadath.store.export;

import hadath.store.query.EventActor;
import hadath.store.query.EventRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One event as a GDELT 2.0 Event record: the 61 tab-separated columns in GDELT's order, GLOBALEVENTID …
 * SOURCEURL. Pure. Fields Hadath does not know are empty: known group, ethnic and religion codes, AvgTone, ADM1/ADM2
 * codes, feature ids, and the geo country codes (GDELT gives FIPS 10-4 codes there; Hadath knows ISO 3166 ones,
 * which go in the actor country columns, as CAMEO spells them). EventCode is text, leading zero kept (042).
 */
public final class GdeltEvents {

    public static final List<String> HEADER = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private GdeltEvents() {
    }

    /** The 61 fields, in order. */
    public static List<String> fields(EventRow e) {
        List<String> f = new ArrayList<>(61);
        f.add(Long.toString(e.id()));
        if (e.date() == null) {
            f.addAll(List.of("", "", "", ""));
        } else {
            f.add(Fields.day(e.date()));
            f.add(String.format(Locale.ROOT, "%04d%02d", e.date().getYear(), e.date().getMonthValue()));
            f.add(Integer.toString(e.date().getYear()));
            f.add(String.format(Locale.ROOT, "%.4f", e.date().getYear() + (e.date().getDayOfYear() - 1)
                    / (double) e.date().lengthOfYear()));
        }
        actor(f, e.source());
        actor(f, e.target());
        f.add(""); // IsRootEvent: Hadath does not mark lead paragraphs
        f.add(Fields.tsv(e.cameo()));
        f.add(Fields.tsv(e.baseCode()));
        f.add(Fields.tsv(e.root()));
        f.add(e.quadClass() == null ? "" : e.quadClass().toString());
        f.add(Fields.number(e.goldstein()));
        f.add(Integer.toString(e.numMentions()));
        f.add(Integer.toString(e.numSources()));
        f.add(Integer.toString(e.numArticles()));
        f.add(""); // AvgTone
        geo(f, located(e.source()));
        geo(f, located(e.target()));
        geo(f, e.place());
        f.add(Fields.stamp(e.dateAdded()));
        f.add(Fields.tsv(e.sourceUrl()));
        return f;
    }

    /** The record as one line, without its line break. */
    public static String line(EventRow e) {
        return String.join("\t", fields(e));
    }

    private static void actor(List<String> f, EventActor a) {
        if (a == null) {
            for (int i = 0; i < 10; i++) {
                f.add("");
            }
            return;
        }
        f.add(Fields.tsv(a.actorCode() != null ? a.actorCode() : a.country()));
        f.add(Fields.tsv(name(a)));
        f.add(Fields.tsv(a.country()));
        f.addAll(List.of("", "", "", "")); // known group, ethnic, religion 1 and 2
        List<String> types = CameoActorCode.types(a.actorCode(), a.country());
        for (int i = 0; i < 3; i++) {
            f.add(i < types.size() ? types.get(i) : "");
        }
    }

    /** GDELT's names are upper-case English; an actor without an English name keeps its Arabic one. */
    static String name(EventActor a) {
        return a.nameEn() != null ? a.nameEn().toUpperCase(Locale.ROOT) : a.name();
    }

    /** Actors with coordinates (countries, places) locate themselves; people do not. */
    private static EventActor located(EventActor a) {
        return a != null && a.lat() != null && a.lon() != null ? a : null;
    }

    private static void geo(List<String> f, EventActor place) {
        if (place == null || place.lat() == null || place.lon() == null) {
            for (int i = 0; i < 8; i++) {
                f.add("");
            }
            return;
        }
        f.add("COUNTRY".equals(place.type()) ? "1" : "4"); // 1 country, 4 world city
        f.add(Fields.tsv(place.nameEn() != null ? place.nameEn() : place.name()));
        f.add(""); // FIPS country code: not known
        f.add("");
        f.add("");
        f.add(Double.toString(place.lat()));
        f.add(Double.toString(place.lon()));
        f.add("");
    }
}
