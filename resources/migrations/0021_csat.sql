-- Customer satisfaction (CSAT) surveys: whether and how they are sent, and one row per survey
-- that followed an operator's closing of a conversation, with the customer's rating.

-- One row. accounts and kinds are JSON arrays; an empty accounts array is every account.
-- journal_seen is the last journal row the survey watcher looked at, so a closing is
-- considered once, and none from before surveys were turned on.
CREATE TABLE csat_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL DEFAULT 0,
    template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    accounts TEXT NOT NULL DEFAULT '[]',
    kinds TEXT NOT NULL DEFAULT '["dm"]',
    delay_minutes INTEGER NOT NULL DEFAULT 0 CHECK (delay_minutes >= 0),
    per_customer_days INTEGER NOT NULL DEFAULT 30 CHECK (per_customer_days >= 0),
    journal_seen INTEGER NOT NULL DEFAULT 0
);
INSERT INTO csat_settings (id, journal_seen) SELECT 1, coalesce(max(id), 0) FROM journal;

-- scheduled: waits for its delay; sent: queued in the outbox, waiting for an answer;
-- answered; expired (no rating in time); cancelled (the conversation went on, or surveys were
-- turned off, before it was sent). The rating is credited to the operator who closed.
CREATE TABLE csat_surveys (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL, -- the customer's item whose closing it follows
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    author_id INTEGER,
    operator_id INTEGER,
    operator_name TEXT NOT NULL,
    closed_at INTEGER NOT NULL,
    -- Value tests are written with OR, not IN: see 0020_check_forms.sql.
    state TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (state = 'scheduled' OR state = 'sent' OR state = 'answered' OR state = 'expired'
               OR state = 'cancelled'),
    due_at INTEGER NOT NULL,
    sent_at INTEGER,
    outbox_id INTEGER,
    -- Customer items of the thread up to this id were read (as answers or not).
    seen_item_id INTEGER NOT NULL DEFAULT 0,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    thumbs INTEGER NOT NULL DEFAULT 0, -- answered with a thumb (up is 5, down is 1)
    answer_item_id INTEGER,
    answered_at INTEGER
);
-- Queries say the same OR form (SQLite matches a partial index's condition as written).
CREATE INDEX csat_surveys_open ON csat_surveys (state, thread_id)
    WHERE state = 'scheduled' OR state = 'sent';
CREATE INDEX csat_surveys_by_thread ON csat_surveys (thread_id, id);
CREATE INDEX csat_surveys_by_author ON csat_surveys (author_id, closed_at);
CREATE INDEX csat_surveys_by_sent ON csat_surveys (sent_at) WHERE sent_at IS NOT NULL;
