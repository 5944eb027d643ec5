-- In a team the rules are the team's, pulled from its server: each rule has a key, the same at
-- every station, by which the server and the stations know it (ids are each store's own).

ALTER TABLE rules ADD COLUMN key TEXT;
UPDATE rules SET key = lower(hex(randomblob(16))) WHERE key IS NULL;
CREATE UNIQUE INDEX rules_by_key ON rules (key);
