-- Breaks are named across a team's stations like the shifts they belong to, so a break started
-- at one station can be ended at another. Keys are UUIDs as the server writes them.
ALTER TABLE shift_breaks ADD COLUMN key TEXT;
UPDATE shift_breaks SET key = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-'
                                    || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'
                                    || hex(randomblob(6)));
CREATE UNIQUE INDEX shift_breaks_by_key ON shift_breaks (key);
