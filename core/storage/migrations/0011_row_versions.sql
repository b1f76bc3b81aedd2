-- Version 11: a version on every row users edit (issue 18, several desks). An edit writes only
-- when the row still has the version it read, and bumps it; a row another desk changed since is
-- refused with both values instead of being overwritten.
ALTER TABLE attendees ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE units ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE questions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE topics ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_items ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budget_items ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
