-- Version 16: a note on each question, for what the clerk keeps about it that is no part of the
-- text read out and printed ("Lĩnh vực" naming none of the event's topics, the "Ghi chú" of a
-- list). Until now the import kept those under the text, as a last line
-- "(Lĩnh vực: Việc làm; Ghi chú: …)": that line moves into the note, and the folded twin of
-- the text loses it too (fold() makes the line break a space and keeps one character per
-- character, so the folded line is as long as the line itself).
ALTER TABLE questions ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- `head` is the text up to its last line break (rtrim drops every other character from the end).
UPDATE questions
SET note = substr(tail, 2, length(tail) - 2),
    text = substr(text, 1, length(head) - 1),
    text_folded = CASE
        WHEN substr(text_folded, length(text_folded) - length(tail) + 1, 1) = '('
             AND substr(text_folded, length(text_folded) - length(tail), 1) = ' '
        THEN substr(text_folded, 1, length(text_folded) - length(tail) - 1)
        ELSE text_folded END,
    row_version = row_version + 1
FROM (SELECT id AS kept_id,
             rtrim(text, replace(text, char(10), '')) AS head,
             substr(text, length(rtrim(text, replace(text, char(10), ''))) + 1) AS tail,
             substr(text_folded, length(text_folded)
                    - length(substr(text, length(rtrim(text, replace(text, char(10), ''))) + 1))
                    + 1) AS folded_tail
      FROM questions WHERE instr(text, char(10)) > 0) AS kept
WHERE questions.id = kept.kept_id
  AND length(head) > 1
  AND tail LIKE '(%:%)'
  AND (folded_tail LIKE '(linh vuc%' OR folded_tail LIKE '(chu de%'
       OR folded_tail LIKE '(nhom chu de%' OR folded_tail LIKE '(topic%'
       OR folded_tail LIKE '(ghi chu%' OR folded_tail LIKE '(note%');
