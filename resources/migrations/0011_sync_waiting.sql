-- Team mode: rows pulled before a row they point to (an item whose conversation was written
-- again later, a tag on an item not here yet) wait here, newest version per row, and are stored
-- as soon as what they point to arrives.
CREATE TABLE sync_waiting (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    row TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
