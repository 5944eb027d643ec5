-- Alarms about the flow of items: a sudden spike (a crisis post) and a channel gone silent (a
-- broken connector or a revoked token looks exactly like silence).

-- Per account; an account without a row uses the defaults below (see core/rules/RateWatch.h).
CREATE TABLE alarm_settings (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    multiple REAL NOT NULL DEFAULT 5 CHECK (multiple >= 1),
    window_minutes INTEGER NOT NULL DEFAULT 10 CHECK (window_minutes BETWEEN 1 AND 1440),
    minimum INTEGER NOT NULL DEFAULT 20 CHECK (minimum >= 2),
    silent_hours INTEGER NOT NULL DEFAULT 6 CHECK (silent_hours BETWEEN 1 AND 168),
    silent_minimum INTEGER NOT NULL DEFAULT 5 CHECK (silent_minimum >= 1),
    spike_on INTEGER NOT NULL DEFAULT 1,
    silent_on INTEGER NOT NULL DEFAULT 1
);

-- Alarms under way, so each is raised once per episode, across restarts too. post_id is 0 for
-- an alarm about the whole account.
CREATE TABLE alarm_episodes (
    kind TEXT NOT NULL CHECK (kind IN ('spike', 'silent')),
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER NOT NULL,
    -- silent: the newest incoming item when the silence was noticed; anything newer ends it.
    last_item_at INTEGER,
    PRIMARY KEY (kind, account_id, post_id)
) WITHOUT ROWID;

-- An account's incoming items in a time range are counted as all its items there (a walk of
-- items_by_account) minus its replies there (a walk of this small index), both from indexes
-- alone, without reading the rows.
CREATE INDEX items_out_by_account ON items (account_id, id) WHERE direction = 'out';
