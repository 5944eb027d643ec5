-- What operators keep beside the items: notes about people and conversations, unsent drafts,
-- the outbox of actions on the platforms, and saved views of the feed.

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES authors(id) ON DELETE CASCADE,
    thread_id INTEGER REFERENCES threads(id) ON DELETE CASCADE,
    operator TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- A note is about a person or about a conversation, never both.
    CHECK ((author_id IS NULL) <> (thread_id IS NULL))
);
CREATE INDEX notes_by_author ON notes (author_id, id) WHERE author_id IS NOT NULL;
CREATE INDEX notes_by_thread ON notes (thread_id, id) WHERE thread_id IS NOT NULL;

-- One draft per conversation, kept across restarts until it is sent or cleared.
CREATE TABLE drafts (
    thread_id INTEGER PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Replies, deletions, hides and bans on their way to the platform. A row is written before
-- anything is sent, so a crash never loses an operator's reply and never sends one twice
-- without the operator knowing: 'sending' rows found at start are shown as "may have been sent".
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('reply', 'delete', 'hide', 'unhide', 'ban')),
    body TEXT NOT NULL DEFAULT '',
    close_after INTEGER NOT NULL DEFAULT 0,
    operator TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    retryable INTEGER NOT NULL DEFAULT 0,
    result_external_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_open ON outbox (state, id) WHERE state IN ('queued', 'sending', 'failed');
CREATE INDEX outbox_by_item ON outbox (item_id, id);

CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    filter TEXT NOT NULL, -- the feed filter as JSON
    watched INTEGER NOT NULL DEFAULT 0, -- notify about new items in it
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
