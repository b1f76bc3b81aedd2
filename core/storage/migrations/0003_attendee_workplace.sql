-- Version 3: where a person works. A district union sends branch committee members who work
-- in a company or live in a residential area ("Chi đoàn Công ty TNHH Giày Da Phước Minh",
-- "Chi hội thanh niên công nhân ấp Bàu Vuông"): that is their workplace, written as the
-- list gives it. The unit stays the union that sends them, whose quota they count against.
-- Existing people get an empty workplace, so their search text stays as it is.
ALTER TABLE attendees ADD COLUMN workplace TEXT NOT NULL DEFAULT '';
