-- Version 6: what the papers need to be sent as they are printed.
-- The plan's own words, edited by the clerk and printed word for word (empty: the program
-- drafts them from the event's facts).
ALTER TABLE events ADD COLUMN plan_text TEXT NOT NULL DEFAULT '';
-- A programme item may be called differently under the online plan.
ALTER TABLE agenda_items ADD COLUMN online_title TEXT NOT NULL DEFAULT '';
-- Remembered per paper of an event: the signing date, and the day by which the covering
-- letter asks an agency to answer (NULL: printed blank, to be filled in by hand).
ALTER TABLE document_numbers ADD COLUMN signed_on TEXT;
ALTER TABLE document_numbers ADD COLUMN answer_by TEXT;
