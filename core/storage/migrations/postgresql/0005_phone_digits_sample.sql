-- Version 5 on PostgreSQL (as ../0005, with a regular expression for GLOB; issue 14.6, 14.10): phone numbers are stored as their digits (0912345678), as the import
-- already stored them; those typed in the window kept their spaces and dots ("0912 345 678").
-- A number written with spaces, dots, dashes or brackets becomes its digits, "+84" becoming
-- "0"; anything else (two numbers, an extension, words) stays as it was typed.
UPDATE attendees
SET phone = replace(replace(replace(replace(replace(replace(trim(phone), ' ', ''), '.', ''),
                                                    '-', ''), '(', ''), ')', ''), '+84', '0')
WHERE trim(phone) <> ''
  AND NOT trim(phone) ~ '[^0-9 .()+-]'
  AND length(replace(replace(replace(replace(replace(replace(trim(phone), ' ', ''), '.', ''),
                                             '-', ''), '(', ''), ')', ''), '+84', '0')) >= 9;

UPDATE units
SET phone = replace(replace(replace(replace(replace(replace(trim(phone), ' ', ''), '.', ''),
                                                    '-', ''), '(', ''), ')', ''), '+84', '0')
WHERE trim(phone) <> ''
  AND NOT trim(phone) ~ '[^0-9 .()+-]'
  AND length(replace(replace(replace(replace(replace(replace(trim(phone), ' ', ''), '.', ''),
                                             '-', ''), '(', ''), ')', ''), '+84', '0')) >= 9;

-- The built-in 2021 sample event is marked, so that the window labels it "Mẫu", does not
-- raise its past deadlines as alarms, and `--sample` does not create it a second time.
ALTER TABLE events ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1));
