-- The journal by the name of whoever acted: one person's or one rule's rows newest first
-- without a scan, and the list of everyone who acted read by skipping from name to name
-- (a million rows: a second's scan before, a few milliseconds with this).
CREATE INDEX journal_by_actor ON journal (actor);

-- A delivered reply that was a customer survey is journaled as the program's, not as the
-- operator's at the station that sent it: the outbox looks its entry up here.
CREATE INDEX csat_surveys_by_outbox ON csat_surveys (outbox_id) WHERE outbox_id IS NOT NULL;
