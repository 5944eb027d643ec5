-- Automation: the rules, what they did, and what the classifiers said of each item.

-- -1 low, 0 normal, 1 high, 2 urgent.
ALTER TABLE items ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
-- The on-device classifiers' verdicts on incoming items, written at ingest ('' / NULL: not
-- classified, as for items stored before this version and our own replies).
ALTER TABLE items ADD COLUMN lang TEXT NOT NULL DEFAULT '';
-- sentiment: -1 negative, 0 neutral, 1 positive.
ALTER TABLE items ADD COLUMN sentiment INTEGER;
ALTER TABLE items ADD COLUMN spam INTEGER NOT NULL DEFAULT 0;

-- A rule's definition (trigger, conditions, actions) is its JSON, as `frontdeskctl rule add`
-- reads it; position orders the rules.
CREATE TABLE rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Every time a rule acted on an item. A timer rule acts on an item once.
CREATE TABLE rule_firings (
    id INTEGER PRIMARY KEY,
    rule_id INTEGER NOT NULL,
    rule_name TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    trigger TEXT NOT NULL CHECK (trigger IN ('ingest', 'timer')),
    actions TEXT NOT NULL,
    notice TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rule_firings_by_rule ON rule_firings (rule_id, id);
CREATE INDEX rule_firings_by_item ON rule_firings (item_id, id);
CREATE UNIQUE INDEX rule_firings_timer_once ON rule_firings (rule_id, item_id)
    WHERE trigger = 'timer';
CREATE INDEX rule_firings_notices ON rule_firings (id) WHERE notice <> '';

-- Bumped by every change to the rules, so the writer (and other processes on the same store)
-- reload them before the next batch.
INSERT OR IGNORE INTO meta (key, value) VALUES ('rules_revision', '0');
CREATE TRIGGER rules_revision_insert AFTER INSERT ON rules
BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'rules_revision';
END;
CREATE TRIGGER rules_revision_update AFTER UPDATE ON rules
BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'rules_revision';
END;
CREATE TRIGGER rules_revision_delete AFTER DELETE ON rules
BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'rules_revision';
END;
