-- SQLite builds a temporary b-tree to test `x IN (a, b, c)` each time a statement runs when
-- the list has more than two values; a CHECK constraint or a partial index written that way
-- costs that on every insert and update of the row (an items update paid it three times).
-- The same tests written as comparisons joined by OR are evaluated in place. The table
-- definitions are changed in the schema text only: the rows and the file format are untouched,
-- as SQLite allows for a CHECK constraint (ALTER TABLE cannot change one). A text that no
-- longer reads as expected is left as it is (slower, still correct).

PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''dm'', ''comment'', ''mention'', ''review'')',
    '(kind = ''dm'' OR kind = ''comment'' OR kind = ''mention'' OR kind = ''review'')')
WHERE type = 'table' AND name = 'items';
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''new'', ''open'', ''waiting'', ''closed'', ''hidden'', ''deleted'')',
    '(status = ''new'' OR status = ''open'' OR status = ''waiting'' OR status = ''closed'' OR status = ''hidden'' OR status = ''deleted'')')
WHERE type = 'table' AND name = 'items';
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (''dialog'', ''comments'', ''mentions'', ''reviews'')',
    '(kind = ''dialog'' OR kind = ''comments'' OR kind = ''mentions'' OR kind = ''reviews'')')
WHERE type = 'table' AND name = 'threads';
UPDATE sqlite_schema SET sql = replace(sql, 'actor_kind IN (''operator'', ''rule'', ''connector'', ''system'')',
    '(actor_kind = ''operator'' OR actor_kind = ''rule'' OR actor_kind = ''connector'' OR actor_kind = ''system'')')
WHERE type = 'table' AND name = 'journal';
UPDATE sqlite_schema SET sql = replace(sql, 'action IN (''reply'', ''delete'', ''hide'', ''unhide'', ''ban'')',
    '(action = ''reply'' OR action = ''delete'' OR action = ''hide'' OR action = ''unhide'' OR action = ''ban'')')
WHERE type = 'table' AND name = 'outbox';
UPDATE sqlite_schema SET sql = replace(sql, 'state IN (''queued'', ''sending'', ''sent'', ''failed'')',
    '(state = ''queued'' OR state = ''sending'' OR state = ''sent'' OR state = ''failed'')')
WHERE type = 'table' AND name = 'outbox';
UPDATE sqlite_schema SET sql = replace(sql, 'state IN (''queued'', ''applied'', ''rejected'')',
    '(state = ''queued'' OR state = ''applied'' OR state = ''rejected'')')
WHERE type = 'table' AND name = 'ops';
UPDATE sqlite_schema SET sql = replace(sql, 'health IN (''idle'', ''polling'', ''waiting'', ''failing'', ''stopped'')',
    '(health = ''idle'' OR health = ''polling'' OR health = ''waiting'' OR health = ''failing'' OR health = ''stopped'')')
WHERE type = 'table' AND name = 'accounts';

-- Reloads the schema on this connection, so the new forms are in use at once.
PRAGMA writable_schema = RESET;

-- Queries that use these partial indexes say the same OR forms (SQLite matches them as written).
DROP INDEX items_open_by_thread;
CREATE INDEX items_open_by_thread ON items (thread_id, id)
    WHERE direction = 'in' AND (status = 'new' OR status = 'open' OR status = 'waiting');
DROP INDEX outbox_open;
CREATE INDEX outbox_open ON outbox (state, id)
    WHERE (state = 'queued' OR state = 'sending' OR state = 'failed');
