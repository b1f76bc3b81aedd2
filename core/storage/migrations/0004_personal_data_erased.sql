-- Version 4: when the personal data (phones, e-mails, birth years) of an event's people was
-- erased (Decree 13/2023/NĐ-CP), as the record that it was done; NULL while it is kept.
ALTER TABLE events ADD COLUMN personal_data_erased_at TEXT;
