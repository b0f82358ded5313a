-- Hadath store, SQLite. Kept in step with ../postgresql/V1__schema.sql: same tables, columns and indexes;
-- StoreContractIT runs one test suite over both. Dates are ISO 8601 text (they sort as dates); offsets are
-- Unicode code points into documents.text.

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    external_id   TEXT,
    title         TEXT,
    source        TEXT,
    url           TEXT,
    published     TEXT,
    language      TEXT,
    length        INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    norm_text     TEXT    NOT NULL,
    analysis_json TEXT    NOT NULL,
    event_count   INTEGER NOT NULL,
    quote_count   INTEGER NOT NULL,
    ingested_at   TEXT    NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_source ON documents (source);

-- full-text search over the normalised text; rowid = documents.id, written in the document's transaction
CREATE VIRTUAL TABLE documents_fts USING fts5 (norm_text, content = '', contentless_delete = 1,
                                               tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    actor_key   TEXT    NOT NULL UNIQUE,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    name_en     TEXT,
    kb          TEXT,
    country     TEXT,
    actor_code  TEXT,
    lat         REAL,
    lon         REAL
);

CREATE TABLE actor_names (
    actor_id  INTEGER NOT NULL REFERENCES actors (id),
    name      TEXT    NOT NULL,
    name_key  TEXT    NOT NULL,
    PRIMARY KEY (actor_id, name)
);
CREATE INDEX actor_names_key ON actor_names (name_key);

CREATE TABLE actor_roles (
    actor_id  INTEGER NOT NULL REFERENCES actors (id),
    role      TEXT    NOT NULL,
    PRIMARY KEY (actor_id, role)
);

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    local_id     TEXT    NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES actors (id),
    type         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    UNIQUE (document_id, local_id)
);
CREATE INDEX entities_actor ON entities (actor_id, document_id);

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    entity_id    INTEGER NOT NULL REFERENCES entities (id),
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    kind         TEXT    NOT NULL
);
CREATE INDEX mentions_document ON mentions (document_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE times (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    local_id     TEXT    NOT NULL,
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    value        TEXT,
    relative     TEXT
);
CREATE INDEX times_document ON times (document_id);

CREATE TABLE amounts (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    local_id     TEXT    NOT NULL,
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    value        REAL,
    unit         TEXT,
    approx       INTEGER NOT NULL,
    about        TEXT,
    year         INTEGER,
    bound        TEXT
);
CREATE INDEX amounts_document ON amounts (document_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents (id),
    local_id          TEXT    NOT NULL,
    speaker_actor_id  INTEGER REFERENCES actors (id),
    start_cp          INTEGER NOT NULL,
    end_cp            INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    norm_text         TEXT    NOT NULL,
    cue_text          TEXT,
    direct            INTEGER NOT NULL,
    published         TEXT
);
CREATE INDEX quotes_document ON quotes (document_id);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id, published);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (norm_text, content = '', contentless_delete = 1,
                                            tokenize = 'unicode61 remove_diacritics 2');

-- one row per (source, target, CAMEO code, date) across all documents; counters derive from event_mentions
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    event_key         TEXT    NOT NULL UNIQUE,
    day               TEXT,
    week              TEXT,
    month             TEXT,
    cameo             TEXT,
    cameo_name        TEXT,
    root              TEXT,
    plover            TEXT,
    plover_mode       TEXT,
    goldstein         REAL,
    quad_class        INTEGER,
    source_actor_id   INTEGER REFERENCES actors (id),
    target_actor_id   INTEGER REFERENCES actors (id),
    place_actor_id    INTEGER REFERENCES actors (id),
    num_mentions      INTEGER NOT NULL,
    num_sources       INTEGER NOT NULL,
    num_articles      INTEGER NOT NULL,
    first_document_id INTEGER NOT NULL REFERENCES documents (id),
    event_text        TEXT,
    date_added        TEXT    NOT NULL
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_week ON events (week, quad_class);
CREATE INDEX events_month ON events (month, quad_class);
CREATE INDEX events_source ON events (source_actor_id, target_actor_id);
CREATE INDEX events_target ON events (target_actor_id, source_actor_id);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_quad ON events (quad_class, day);
CREATE INDEX events_place ON events (place_actor_id);

CREATE TABLE event_mentions (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events (id),
    document_id     INTEGER NOT NULL REFERENCES documents (id),
    local_id        TEXT    NOT NULL,
    sentence_index  INTEGER NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT    NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    source_offset   INTEGER NOT NULL,
    target_offset   INTEGER NOT NULL,
    confidence      REAL    NOT NULL,
    UNIQUE (event_id, document_id, local_id)
);
CREATE INDEX event_mentions_document ON event_mentions (document_id);
