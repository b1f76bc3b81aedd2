-- Version 16 on PostgreSQL: the SQLite step beside it (a note on each question, and the last
-- line "(Lĩnh vực: …, Ghi chú: …)" the import used to keep under the text moved into it), with
-- PostgreSQL's names for the same string functions.
ALTER TABLE questions ADD COLUMN note TEXT NOT NULL DEFAULT '';

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
             rtrim(text, replace(text, chr(10), '')) AS head,
             substr(text, length(rtrim(text, replace(text, chr(10), ''))) + 1) AS tail,
             substr(text_folded, length(text_folded)
                    - length(substr(text, length(rtrim(text, replace(text, chr(10), ''))) + 1))
                    + 1) AS folded_tail
      FROM questions WHERE strpos(text, chr(10)) > 0) AS kept
WHERE questions.id = kept.kept_id
  AND length(head) > 1
  AND tail LIKE '(%:%)'
  AND (folded_tail LIKE '(linh vuc%' OR folded_tail LIKE '(chu de%'
       OR folded_tail LIKE '(nhom chu de%' OR folded_tail LIKE '(topic%'
       OR folded_tail LIKE '(ghi chu%' OR folded_tail LIKE '(note%');
