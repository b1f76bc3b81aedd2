-- Version 7 (issues 17, 18): the desk that checked a person in ("Bàn 2", the laptop at the
-- door), so that a second desk scanning the same letter is told where and when it was done.
ALTER TABLE attendees ADD COLUMN checked_in_desk TEXT NOT NULL DEFAULT '';
