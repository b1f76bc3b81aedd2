-- Version 10: the clerk's own words in the results report (báo cáo kết quả) after the day.
ALTER TABLE events ADD COLUMN report_assessment TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN report_proposals TEXT NOT NULL DEFAULT '';
