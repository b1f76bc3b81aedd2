-- Version 13: row versions on the rest of what users edit (issue 18): the two plans, a unit's
-- part and quota in an event, the settings of the papers and the numbering of each paper. The
-- plan switches are a log (rows added and removed, never changed): the switch itself is a
-- write of the event's row and goes over the event's version.
ALTER TABLE plans ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event_units ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document_settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document_numbers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
