-- One operator's open work and unread badge, without reading their whole closed history.
CREATE INDEX items_by_status_assignee ON items (status, assignee_id, id)
    WHERE assignee_id IS NOT NULL;
CREATE INDEX items_unread_by_assignee ON items (assignee_id, id)
    WHERE read = 0 AND direction = 'in' AND assignee_id IS NOT NULL;
