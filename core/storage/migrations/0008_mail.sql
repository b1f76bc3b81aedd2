-- Version 8: the event's own mail channel (issue 16).
-- Which messages of the mailbox were already read, so that a second fetch adds nothing: by
-- the folder's UIDVALIDITY and the message's UID, and by Message-ID (the same message under
-- another Gmail label, or after the server renumbered the folder).
CREATE TABLE mail_fetched (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    account TEXT NOT NULL,        -- user@host, the mailbox read
    folder TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '' -- what became of it: questions added, or why not
);
CREATE INDEX mail_fetched_uid ON mail_fetched(event_id, account, folder, uid_validity, uid);
CREATE INDEX mail_fetched_message ON mail_fetched(event_id, message_id);

-- Every paper sent to a unit: when, to whom, which paper, the server's answer.
CREATE TABLE mail_log (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
    paper TEXT NOT NULL,          -- the paper's key, as `print` names it
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    attachment TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL,
    server_reply TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_log_unit ON mail_log(event_id, unit_id, paper);
