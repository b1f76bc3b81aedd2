-- Version 9: the budget estimate (dự trù kinh phí) of an event, line by line; each line
-- belongs to one plan or both, and may get the amount actually spent for the report.
CREATE TABLE budget_items (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    section        TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL CHECK (length(trim(content)) > 0),
    measure        TEXT NOT NULL DEFAULT '',
    quantity       INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    unit_price     INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    note           TEXT NOT NULL DEFAULT '',
    plans          TEXT NOT NULL DEFAULT 'both' CHECK (plans IN ('both', 'in_person', 'online')),
    actual_amount  INTEGER CHECK (actual_amount IS NULL OR actual_amount >= 0)
);
CREATE INDEX budget_items_event ON budget_items(event_id, position);
