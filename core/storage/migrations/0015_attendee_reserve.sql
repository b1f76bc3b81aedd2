-- Version 15: reserve delegates (đại biểu dự khuyết), the people a district list names under
-- "ĐẠI BIỂU DỰ KHUYẾT": they come only if a delegate cannot, so they count against no quota.
-- Imports before this step wrote the mark "Đại biểu dự khuyết" into their note (alone, or
-- before "; " and the list's own note): those people become reserves and the note keeps
-- everything but the mark. Another note that merely mentions it elsewhere is treated alike.
ALTER TABLE attendees ADD COLUMN reserve INTEGER NOT NULL DEFAULT 0 CHECK (reserve IN (0,1));
UPDATE attendees
   SET reserve = 1,
       note = trim(replace(replace(replace(note, 'Đại biểu dự khuyết; ', ''),
                                   '; Đại biểu dự khuyết', ''),
                           'Đại biểu dự khuyết', '')),
       row_version = row_version + 1
 WHERE note LIKE '%Đại biểu dự khuyết%';
