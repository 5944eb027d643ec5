-- Feed filters that combine a status with an account (closed items of one platform) walk this
-- instead of reading every item of either; unread badges walk only the unread items.
CREATE INDEX items_by_status_account ON items (status, account_id, id);
CREATE INDEX items_unread ON items (id) WHERE read = 0 AND direction = 'in';
