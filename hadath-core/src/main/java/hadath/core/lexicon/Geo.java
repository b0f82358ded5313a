package hadath.core.lexicon;

/** A point in decimal degrees. */
public record Geo(double lat, double lon) {

    public Geo {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates (" + lat + ", " + lon + ") outside [-90, 90] x [-180, 180]");
        }
    }
}
