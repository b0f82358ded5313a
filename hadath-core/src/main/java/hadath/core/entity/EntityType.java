package hadath.core.entity;

/** The contract's entity types. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP
}
