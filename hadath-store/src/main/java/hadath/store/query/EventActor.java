package hadath.store.query;

/** An actor as an event shows it. Fields other than id, type and name may be null. */
public record EventActor(long id, String type, String name, String nameEn, String country, String actorCode,
                         Double lat, Double lon) {
}
