-- How many times each rule acted, and when last. A rule acting at ingest wrote a row per item
-- into rule_firings for the Rules dock to count, repeating what its journal rows already say of
-- that item: as many rows again as the rules' journal, and a third of what the rules cost at
-- ingest. The count is now kept here, a row per rule; rule_firings keeps the firings read one
-- by one: a timer rule's (it acts on an item once), those with a notice (the tray tells each
-- once) and those that left nothing in the journal (a rule that only stops the others).
CREATE TABLE rule_counts (
    rule_id INTEGER PRIMARY KEY,
    fired INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO rule_counts (rule_id, fired, last_at)
    SELECT rule_id, count(*), max(at) FROM rule_firings GROUP BY rule_id;
-- A rule's id may be given again once it is removed: its counts go with it.
CREATE TRIGGER rule_counts_removed AFTER DELETE ON rules
BEGIN
    DELETE FROM rule_counts WHERE rule_id = OLD.id;
END;
