-- Team mode: a note carries the key its station gave it (or the server's id for notes written
-- elsewhere), so a note written here and pulled back from the server is kept once.
ALTER TABLE notes ADD COLUMN key TEXT;
CREATE UNIQUE INDEX notes_by_key ON notes (key) WHERE key IS NOT NULL;
