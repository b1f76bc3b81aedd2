-- DialogueDesk schema, version 1.
-- Text is stored NFC. *_folded columns (no diacritics, đ→d, lower case) and *sort_key
-- columns (ICU Vietnamese collation keys) are maintained by the repositories.
-- Dates are ISO 8601 text (yyyy-MM-dd), times hh:mm, date-times yyyy-MM-ddThh:mm:ss.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The directory of units, reused across events.
CREATE TABLE units (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_folded    TEXT NOT NULL,
    short_name     TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT 'other'
                   CHECK (kind IN ('provincial','district','affiliated','branch','guest_agency','press','other')),
    parent_id      INTEGER REFERENCES units(id) ON DELETE SET NULL,
    email          TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX units_name_folded ON units(name_folded);
CREATE INDEX units_email ON units(lower(email));

CREATE TABLE events (
    id                      INTEGER PRIMARY KEY,
    title                   TEXT NOT NULL CHECK (length(trim(title)) > 0),
    title_folded            TEXT NOT NULL,
    organiser               TEXT NOT NULL DEFAULT '',
    parent_plan_ref         TEXT NOT NULL DEFAULT '',
    scheme_ref              TEXT NOT NULL DEFAULT '',
    introduction            TEXT NOT NULL DEFAULT '',
    purpose                 TEXT NOT NULL DEFAULT '',
    requirements            TEXT NOT NULL DEFAULT '',
    content                 TEXT NOT NULL DEFAULT '',
    planned_year            INTEGER NOT NULL DEFAULT 0,
    planned_month           INTEGER NOT NULL DEFAULT 0 CHECK (planned_month BETWEEN 0 AND 12),
    event_date              TEXT,
    latest_end_time         TEXT,
    active_plan             TEXT NOT NULL DEFAULT 'in_person' CHECK (active_plan IN ('in_person','online')),
    question_deadline       TEXT,
    min_questions_per_host  INTEGER NOT NULL DEFAULT 0 CHECK (min_questions_per_host >= 0),
    intake_email            TEXT NOT NULL DEFAULT '',
    intake_contact          TEXT NOT NULL DEFAULT '',
    intake_phone            TEXT NOT NULL DEFAULT '',
    closing_text            TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);

-- The two plans of an event: in person (hall) and online (meeting room + livestream).
CREATE TABLE plans (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('in_person','online')),
    number          INTEGER NOT NULL DEFAULT 1,
    name            TEXT NOT NULL DEFAULT '',
    condition       TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    venue           TEXT NOT NULL DEFAULT '',
    livestream_url  TEXT NOT NULL DEFAULT '',
    capacity        INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    start_time      TEXT,
    UNIQUE (event_id, kind)
);

CREATE TABLE plan_switches (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    switched_at  TEXT NOT NULL,
    from_kind    TEXT NOT NULL CHECK (from_kind IN ('in_person','online')),
    to_kind      TEXT NOT NULL CHECK (to_kind IN ('in_person','online')),
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_switches_event ON plan_switches(event_id, switched_at);

-- A unit's part in one event, with its seat quota (-1: none set).
CREATE TABLE event_units (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    role        TEXT NOT NULL DEFAULT 'participant'
                CHECK (role IN ('organiser','host','guest','participant','press')),
    quota       INTEGER NOT NULL DEFAULT -1 CHECK (quota >= -1),
    quota_note  TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, unit_id)
) WITHOUT ROWID;

CREATE TABLE attendees (
    id                 INTEGER PRIMARY KEY,
    event_id           INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    family_name        TEXT NOT NULL DEFAULT '',
    middle_name        TEXT NOT NULL DEFAULT '',
    given_name         TEXT NOT NULL DEFAULT '',
    name_folded        TEXT NOT NULL DEFAULT '',
    name_sort_key      BLOB NOT NULL DEFAULT x'',
    search_folded      TEXT NOT NULL DEFAULT '',
    gender             TEXT NOT NULL DEFAULT '' CHECK (gender IN ('','male','female')),
    birth_year         INTEGER NOT NULL DEFAULT 0 CHECK (birth_year = 0 OR birth_year BETWEEN 1900 AND 2100),
    position           TEXT NOT NULL DEFAULT '',
    unit_id            INTEGER REFERENCES units(id) ON DELETE SET NULL,
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    role               TEXT NOT NULL DEFAULT 'delegate'
                       CHECK (role IN ('chair','co_chair','guest','delegate','press','staff')),
    invitation_status  TEXT NOT NULL DEFAULT 'not_invited'
                       CHECK (invitation_status IN ('not_invited','invited','confirmed','declined','replaced')),
    invited_on         TEXT,
    responded_on       TEXT,
    substitute_for_id  INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    checked_in_at      TEXT,
    walk_in            INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0,1)),
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendees_event_sort ON attendees(event_id, name_sort_key);
CREATE INDEX attendees_unit ON attendees(event_id, unit_id);
CREATE INDEX attendees_substitute ON attendees(substitute_for_id);

CREATE TABLE topics (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    title     TEXT NOT NULL CHECK (length(trim(title)) > 0)
);
CREATE INDEX topics_event ON topics(event_id, position);

CREATE TABLE questions (
    id                     INTEGER PRIMARY KEY,
    event_id               INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    unit_id                INTEGER REFERENCES units(id) ON DELETE SET NULL,
    submitter              TEXT NOT NULL DEFAULT '',
    submitter_attendee_id  INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    kind                   TEXT NOT NULL DEFAULT 'question'
                           CHECK (kind IN ('question','recommendation','proposal','initiative')),
    topic_id               INTEGER REFERENCES topics(id) ON DELETE SET NULL,
    text                   TEXT NOT NULL DEFAULT '',
    text_folded            TEXT NOT NULL DEFAULT '',
    received_on            TEXT,
    channel                TEXT NOT NULL DEFAULT 'email'
                           CHECK (channel IN ('email','handed_in','in_room','livestream')),
    status                 TEXT NOT NULL DEFAULT 'received'
                           CHECK (status IN ('received','classified','forwarded','answered','withdrawn','merged')),
    forwarded_to_unit_id   INTEGER REFERENCES units(id) ON DELETE SET NULL,
    forwarded_on           TEXT,
    answer                 TEXT NOT NULL DEFAULT '',
    answered_by            TEXT NOT NULL DEFAULT '',
    answered_at            TEXT,
    duplicate_of_id        INTEGER REFERENCES questions(id) ON DELETE SET NULL,
    running_order          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX questions_event ON questions(event_id, status);
CREATE INDEX questions_unit ON questions(event_id, unit_id);

-- Full-text index over the folded question text (external content, kept by triggers).
CREATE VIRTUAL TABLE questions_fts USING fts5(text_folded, content='questions', content_rowid='id');
CREATE TRIGGER questions_fts_ai AFTER INSERT ON questions BEGIN
    INSERT INTO questions_fts(rowid, text_folded) VALUES (new.id, new.text_folded);
END;
CREATE TRIGGER questions_fts_ad AFTER DELETE ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, text_folded) VALUES ('delete', old.id, old.text_folded);
END;
CREATE TRIGGER questions_fts_au AFTER UPDATE OF text_folded ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, text_folded) VALUES ('delete', old.id, old.text_folded);
    INSERT INTO questions_fts(rowid, text_folded) VALUES (new.id, new.text_folded);
END;

CREATE TABLE agenda_items (
    id                INTEGER PRIMARY KEY,
    event_id          INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL DEFAULT 0,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    presenter         TEXT NOT NULL DEFAULT '',
    duration_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    notes             TEXT NOT NULL DEFAULT '',
    applies_to        TEXT NOT NULL DEFAULT 'both' CHECK (applies_to IN ('both','in_person','online'))
);
CREATE INDEX agenda_items_event ON agenda_items(event_id, position);

CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    owner_unit_id  INTEGER REFERENCES units(id) ON DELETE SET NULL,
    owner_label    TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL CHECK (length(trim(description)) > 0),
    due_date       TEXT,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1))
);
CREATE INDEX tasks_event ON tasks(event_id, position);

-- The letterhead, signer and recipients of an event's papers.
CREATE TABLE document_settings (
    event_id            INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    issuing_body_line1  TEXT NOT NULL DEFAULT '',
    issuing_body_line2  TEXT NOT NULL DEFAULT '',
    party_line          TEXT NOT NULL DEFAULT '',
    place_name          TEXT NOT NULL DEFAULT '',
    signer_capacity     TEXT NOT NULL DEFAULT '',
    signer_title        TEXT NOT NULL DEFAULT '',
    signer_name         TEXT NOT NULL DEFAULT '',
    recipients          TEXT NOT NULL DEFAULT '',
    contact_line        TEXT NOT NULL DEFAULT '',
    what_to_bring       TEXT NOT NULL DEFAULT ''
);

-- Symbol and next number of each kind of paper ("Số: 12-GM/TĐTN-VP").
CREATE TABLE document_numbers (
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    paper_kind   TEXT NOT NULL,
    symbol       TEXT NOT NULL DEFAULT '',
    next_number  INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1),
    PRIMARY KEY (event_id, paper_kind)
) WITHOUT ROWID;

-- Import column mappings remembered per unit (unit_id 0: no unit chosen).
CREATE TABLE import_mappings (
    unit_id     INTEGER NOT NULL,
    target      TEXT NOT NULL,
    mapping     TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
    PRIMARY KEY (unit_id, target)
) WITHOUT ROWID;
