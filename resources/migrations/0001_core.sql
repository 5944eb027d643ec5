-- Accounts, people, threads, items and the journal.
-- Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    api_base TEXT NOT NULL DEFAULT '',
    cursor TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    last_poll_at INTEGER,
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'operator'
        CHECK (role IN ('operator', 'moderator', 'lead', 'admin')),
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL DEFAULT '',
    followers INTEGER,
    city TEXT NOT NULL DEFAULT '',
    avatar_url TEXT NOT NULL DEFAULT '',
    first_seen INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    created_at INTEGER,
    UNIQUE (account_id, external_id)
);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('dialog', 'comments', 'mentions', 'reviews')),
    external_id TEXT NOT NULL,
    post_id INTEGER REFERENCES posts(id),
    title TEXT NOT NULL DEFAULT '',
    last_item_at INTEGER,
    UNIQUE (account_id, external_id)
);

-- The id is ordered by creation time (created ms * 1000 + n), so "newest first" is a walk of
-- the table's own b-tree and full-text hits come back in time order for free.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('dm', 'comment', 'mention', 'review')),
    direction TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    thread_id INTEGER REFERENCES threads(id),
    parent_external_id TEXT NOT NULL DEFAULT '',
    post_id INTEGER REFERENCES posts(id),
    author_id INTEGER REFERENCES authors(id),
    text TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '',
    rating INTEGER NOT NULL DEFAULT 0,
    url TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    edited_at INTEGER,
    deleted_at INTEGER,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'open', 'waiting', 'closed', 'hidden', 'deleted')),
    assignee_id INTEGER REFERENCES operators(id),
    read INTEGER NOT NULL DEFAULT 0,
    truncated INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX items_by_external ON items (account_id, external_id);
CREATE INDEX items_by_status ON items (status, id);
CREATE INDEX items_by_account ON items (account_id, id);
CREATE INDEX items_by_thread ON items (thread_id, id);
CREATE INDEX items_by_author ON items (author_id, id);
CREATE INDEX items_by_assignee ON items (assignee_id, id) WHERE assignee_id IS NOT NULL;

-- Append-only: history outlives the items it speaks of, so item_id carries no foreign key.
CREATE TABLE journal (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('operator', 'rule', 'connector', 'system')),
    operator_id INTEGER,
    actor TEXT NOT NULL DEFAULT '',
    station TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    item_id INTEGER,
    account_id INTEGER,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_by_item ON journal (item_id, id) WHERE item_id IS NOT NULL;
CREATE INDEX journal_by_operator ON journal (operator_id, id) WHERE operator_id IS NOT NULL;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
