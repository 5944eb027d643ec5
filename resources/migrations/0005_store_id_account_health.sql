-- A store's own id names its secrets in the keychain, so two stores on one machine never share
-- a token by accident. Accounts remember how their polling is going.

INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));

ALTER TABLE accounts ADD COLUMN health TEXT NOT NULL DEFAULT 'idle'
    CHECK (health IN ('idle', 'polling', 'waiting', 'failing', 'stopped'));
ALTER TABLE accounts ADD COLUMN last_success_at INTEGER;
ALTER TABLE accounts ADD COLUMN waiting_until INTEGER;
