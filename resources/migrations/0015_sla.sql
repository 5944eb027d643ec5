-- Response targets (SLA): calendars the targets are counted in, the targets per account and
-- kind, and the alerts already given, so a restart does not give them again.
CREATE TABLE sla_calendars (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    json TEXT NOT NULL
);

-- A NULL account or kind is every account or kind; the most specific row wins. Minutes of 0
-- set no target; a NULL calendar counts calendar hours; a NULL warning is a fifth of the target.
CREATE TABLE sla_policies (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT CHECK (kind IN ('dm', 'comment', 'mention', 'review')),
    first_minutes INTEGER NOT NULL DEFAULT 0 CHECK (first_minutes >= 0),
    next_minutes INTEGER NOT NULL DEFAULT 0 CHECK (next_minutes >= 0),
    resolution_minutes INTEGER NOT NULL DEFAULT 0 CHECK (resolution_minutes >= 0),
    calendar_id INTEGER REFERENCES sla_calendars(id),
    warn_minutes INTEGER CHECK (warn_minutes >= 0)
);
CREATE UNIQUE INDEX sla_policies_scope ON sla_policies (coalesce(account_id, 0), coalesce(kind, ''));

-- One row per item, clock ('response' or 'resolution') and state ('at_risk', 'breached').
CREATE TABLE sla_alerts (
    item_id INTEGER NOT NULL,
    clock TEXT NOT NULL,
    state TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (item_id, clock, state)
) WITHOUT ROWID;

-- Whether and when we answered in a conversation, without reading its customers' items.
CREATE INDEX items_out_by_thread ON items (thread_id, id) WHERE direction = 'out';

-- A conversation's first unresolved customer item (where its resolution clock starts), found
-- without walking the closed ones before it.
CREATE INDEX items_open_by_thread ON items (thread_id, id)
    WHERE direction = 'in' AND status IN ('new', 'open', 'waiting');
