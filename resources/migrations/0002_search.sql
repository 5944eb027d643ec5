-- Full-text search over item text and the author's name and handle.
-- unicode61 folds case for Cyrillic and Latin alike ("ПРИВЕТ" finds "привет", "ŁÓDŹ" finds
-- "łódź"), and with remove_diacritics 2 accents are optional ("sciana" finds "ściana";
-- Ł stays a letter of its own).
-- The index keeps no copy of the text: it reads it back through the view when rebuilt or checked.

CREATE VIEW items_fts_source AS
SELECT i.id AS id,
       i.text AS text,
       coalesce(a.name, '') || ' ' || coalesce(a.handle, '') AS author
FROM items i
LEFT JOIN authors a ON a.id = i.author_id;

CREATE VIRTUAL TABLE items_fts USING fts5(
    text,
    author,
    content = 'items_fts_source',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO items_fts (items_fts) VALUES ('rebuild');
