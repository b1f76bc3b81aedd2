-- Version 15 is the number reserved for the branch qa3att (reserve delegates). This placeholder
-- lets the branch qa3q (version 16) run its chain on its own; it changes nothing. When both
-- branches are merged, qa3att's 0015 replaces it: delete this file (the test "each schema
-- version has exactly one upgrade step" fails while both are there).
SELECT 1;
