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

-- Who sent each reply item of ours: an operator (by name) or a rule, by the item's id, so the
-- statistics read it in the items' order instead of matching platform ids. The outbox row and
-- the reply item arrive in either order (a team's gateway delivers, the station pulls both),
-- so whichever comes second writes the row.
CREATE TABLE reply_senders (
    item_id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_by_result ON outbox (result_external_id)
    WHERE action = 'reply' AND result_external_id <> '';
INSERT OR REPLACE INTO reply_senders (item_id, origin, operator)
    SELECT i.id, o.origin, o.operator FROM outbox o JOIN items c ON c.id = o.item_id
    JOIN items i ON i.account_id = c.account_id AND i.external_id = o.result_external_id
    WHERE o.action = 'reply' AND o.state = 'sent' AND o.result_external_id <> '';
CREATE TRIGGER reply_sender_sent AFTER UPDATE OF state, result_external_id ON outbox
    WHEN NEW.state = 'sent' AND NEW.action = 'reply' AND NEW.result_external_id <> ''
BEGIN
    INSERT OR REPLACE INTO reply_senders (item_id, origin, operator)
        SELECT i.id, NEW.origin, NEW.operator FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id;
END;
CREATE TRIGGER reply_sender_stored AFTER INSERT ON outbox
    WHEN NEW.state = 'sent' AND NEW.action = 'reply' AND NEW.result_external_id <> ''
BEGIN
    INSERT OR REPLACE INTO reply_senders (item_id, origin, operator)
        SELECT i.id, NEW.origin, NEW.operator FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id;
END;
CREATE TRIGGER reply_sender_item AFTER INSERT ON items WHEN NEW.direction = 'out'
BEGIN
    INSERT OR REPLACE INTO reply_senders (item_id, origin, operator)
        SELECT NEW.id, o.origin, o.operator FROM outbox o JOIN items c ON c.id = o.item_id
        WHERE o.result_external_id = NEW.external_id AND o.result_external_id <> ''
        AND o.action = 'reply' AND o.state = 'sent' AND c.account_id = NEW.account_id;
END;
