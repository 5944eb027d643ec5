-- Team mode: the station's ops waiting for the server, numbered 1, 2, 3, … in the order they were
-- made, each with a UUID the server remembers, so a push repeated after a lost answer changes
-- nothing twice. Settled ops stay, with the server's verdict and its reason in words.
CREATE TABLE sync_ops (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'applied', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    settled_at INTEGER
);
CREATE INDEX sync_ops_queued ON sync_ops (seq) WHERE state = 'queued';
