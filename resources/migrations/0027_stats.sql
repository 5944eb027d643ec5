-- Statistics: who sent a reply (an operator or an automation rule), the time operators spend
-- writing in the composer, and an index the statistics read instead of the items table.

-- A rule's reply is not an operator's answer: response times leave it out. Rows written before
-- this version are told apart by the rule's journal row written with them.
ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT 'operator'
    CHECK (origin IN ('operator', 'rule'));
UPDATE outbox SET origin = 'rule' WHERE EXISTS (
    SELECT 1 FROM journal j WHERE j.item_id = outbox.item_id AND j.actor_kind = 'rule'
    AND j.action = 'outbox.' || outbox.action AND j.at = outbox.created_at);

-- Handle time: how long an operator had the composer focused (in an active window) on a
-- conversation, one row per stretch, written when the conversation changes or the window
-- closes.
CREATE TABLE handle_time (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL,
    item_id INTEGER,
    operator_id INTEGER,
    operator TEXT NOT NULL DEFAULT '',
    station TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    ms INTEGER NOT NULL CHECK (ms >= 0)
);
CREATE INDEX handle_time_by_start ON handle_time (started_at);

-- Every statistic is one walk of the items in time order; this index holds what the walk
-- reads, so it never touches the items' texts.
CREATE INDEX items_stats ON items (id, thread_id, direction, status, account_id, kind,
    created_at, assignee_id);
