-- Shifts are named across a team's stations, so the schedule a lead edits at one station is the
-- same at every other. Keys are UUIDs as the server writes them.
ALTER TABLE shifts ADD COLUMN key TEXT;
UPDATE shifts SET key = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-'
                              || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'
                              || hex(randomblob(6)));
CREATE UNIQUE INDEX shifts_by_key ON shifts (key);
