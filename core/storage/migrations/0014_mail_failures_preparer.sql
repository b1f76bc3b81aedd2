-- Version 15 (number reserved for the polish branch): a paper that could not be sent by e-mail
-- (the server refused it, the password was wrong, no network) is logged like one that went,
-- with failed = 1 and the reason in server_reply, so that the Units dialog, the overview and
-- `list mail` show what did not go. And who prepares the papers (người lập), printed under
-- the signature space of the budget estimate; empty: the line is left blank to fill by hand.
ALTER TABLE mail_log ADD COLUMN failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_settings ADD COLUMN preparer_name TEXT NOT NULL DEFAULT '';
