-- Shifts and the handover: the schedule, who works it, who answers for each account, when each
-- operator started and ended their shift and breaks, the handovers between shifts, notes for
-- the next shift, and the items where we promised the customer to come back.

-- A shift starts on the days of `days` (bit 0 Monday … bit 6 Sunday) at start_minute local time
-- in `zone` and ends at end_minute; an end at or before the start is on the next day.
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    days INTEGER NOT NULL DEFAULT 127 CHECK (days BETWEEN 1 AND 127),
    zone TEXT NOT NULL DEFAULT 'UTC',
    created_at INTEGER NOT NULL
);

CREATE TABLE shift_operators (
    shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
    operator_id INTEGER NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    PRIMARY KEY (shift_id, operator_id)
) WITHOUT ROWID;
CREATE INDEX shift_operators_by_operator ON shift_operators (operator_id);

-- Who answers for an account: during one shift (shift_id) or whenever (NULL).
CREATE TABLE shift_responsibility (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    shift_id INTEGER REFERENCES shifts(id) ON DELETE CASCADE,
    operator_id INTEGER NOT NULL REFERENCES operators(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX shift_responsibility_scope
    ON shift_responsibility (account_id, coalesce(shift_id, 0));

-- "Responsible on shift" in turn, for accounts nobody is named for: the people in `position`
-- order, one per day or one per shift (shift_settings 'rotation').
CREATE TABLE shift_rotation (
    operator_id INTEGER PRIMARY KEY REFERENCES operators(id) ON DELETE CASCADE,
    position INTEGER NOT NULL
);

-- rotation: 'day' | 'shift'; rotation_zone: the zone days are counted in;
-- break_reminder_minutes: 0 (off) or minutes of continuous work before a reminder.
CREATE TABLE shift_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- An operator's shift as they worked it: started, ended (NULL while on shift), and breaks.
-- `key` names it across a team's stations.
CREATE TABLE shift_sessions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    operator_id INTEGER NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    shift_id INTEGER REFERENCES shifts(id) ON DELETE SET NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX shift_sessions_open ON shift_sessions (operator_id) WHERE ended_at IS NULL;
CREATE INDEX shift_sessions_by_start ON shift_sessions (started_at);

CREATE TABLE shift_breaks (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES shift_sessions(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX shift_breaks_by_session ON shift_breaks (session_id, started_at);

-- A handover from the leaving operator to the incoming one (or to the pool: to_operator_id
-- NULL). reassign says what happened to the leaving operator's open items.
CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    shift_id INTEGER REFERENCES shifts(id) ON DELETE SET NULL,
    from_operator_id INTEGER REFERENCES operators(id) ON DELETE SET NULL,
    from_name TEXT NOT NULL DEFAULT '',
    to_operator_id INTEGER REFERENCES operators(id) ON DELETE SET NULL,
    to_name TEXT NOT NULL DEFAULT '',
    reassign TEXT NOT NULL
        CHECK (reassign = 'incoming' OR reassign = 'pool' OR reassign = 'keep'),
    summary TEXT NOT NULL DEFAULT '',
    items_moved INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    acknowledged_at INTEGER,
    acknowledged_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handovers_by_time ON handovers (created_at);

-- Notes for the next shift, about the shift as a whole or one item.
CREATE TABLE handover_notes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    operator_id INTEGER REFERENCES operators(id) ON DELETE SET NULL,
    author TEXT NOT NULL DEFAULT '',
    item_id INTEGER,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX handover_notes_by_time ON handover_notes (created_at);

-- Items where we promised to come back (found in our reply, or marked by hand). A later reply
-- in the conversation replaces the mark; closing, hiding or deleting the item removes it.
CREATE TABLE promises (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source = 'reply' OR source = 'manual'),
    phrase TEXT NOT NULL DEFAULT '',
    marked_by TEXT NOT NULL DEFAULT '',
    marked_at INTEGER NOT NULL
);
-- (Comparisons joined by OR: an IN list of three costs a temporary b-tree on every update.)
CREATE TRIGGER promises_kept AFTER UPDATE OF status ON items
    WHEN NEW.status = 'closed' OR NEW.status = 'hidden' OR NEW.status = 'deleted'
BEGIN
    DELETE FROM promises WHERE item_id = NEW.id;
END;

-- The alarms of a shift, for its handover, without reading the whole journal. Written with OR
-- for the same reason; queries name the alarms the same way to use it.
CREATE INDEX journal_alarms ON journal (at)
    WHERE action = 'alarm.spike' OR action = 'alarm.silent' OR action = 'alarm.recovered';
