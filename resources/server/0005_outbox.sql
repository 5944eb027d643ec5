-- The team's outbox: replies and moderation actions of operators, who hold no platform tokens,
-- wait here until the gateway polling the account delivers them; every station sees how each
-- one went (queued, sending, sent, failed with the platform's reason).

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key uuid NOT NULL UNIQUE, -- the station's idempotency key, also what the platform sees
    op_id uuid NOT NULL,
    item_id bigint NOT NULL REFERENCES items(id),
    account_id bigint NOT NULL REFERENCES accounts(id),
    action text NOT NULL CHECK (action IN ('reply', 'delete', 'hide', 'unhide', 'ban')),
    body text NOT NULL DEFAULT '',
    close_after boolean NOT NULL DEFAULT false,
    operator text NOT NULL,
    station uuid NOT NULL,
    state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    error text NOT NULL DEFAULT '',
    retryable boolean NOT NULL DEFAULT false,
    result_external_id text NOT NULL DEFAULT '',
    epoch bigint NOT NULL DEFAULT 0, -- the lease epoch of the gateway that last took it
    gateway text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE TRIGGER outbox_stamp BEFORE INSERT OR UPDATE ON outbox
    FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE INDEX outbox_by_change ON outbox (txid, rev);
CREATE INDEX outbox_open ON outbox (account_id, id) WHERE state IN ('queued', 'sending');
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON outbox TO fd_owner USING (true) WITH CHECK (true);
REVOKE ALL ON outbox FROM PUBLIC;
GRANT SELECT ON outbox TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
CREATE POLICY team_reads ON outbox FOR SELECT
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway USING (true);

CREATE TRIGGER outbox_notify AFTER INSERT OR UPDATE ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION notify_changed();

-- Gateways wake when there is something to deliver: the payload names the account.
CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'queued' THEN
        PERFORM pg_notify('fd_outbox', NEW.account_id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_wakes_gateways AFTER INSERT OR UPDATE OF state ON outbox
    FOR EACH ROW EXECUTE FUNCTION notify_outbox();

-- The changes feed carries the outbox too.
ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_of_inbox;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_of_inbox;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT * FROM changes_of_inbox(p_txid, p_rev, p_limit, p_only))
        UNION ALL
        (SELECT o.txid, o.rev, 'outbox', jsonb_build_object(
                   'id', o.id, 'key', o.key, 'item_id', o.item_id, 'action', o.action,
                   'body', o.body, 'close_after', o.close_after, 'operator', o.operator,
                   'state', o.state, 'attempts', o.attempts, 'error', o.error,
                   'retryable', o.retryable, 'result_external_id', o.result_external_id,
                   'created', ms(o.created_at), 'updated', ms(o.updated_at))
            FROM outbox o, horizon h
            WHERE (o.txid, o.rev) > (p_txid, p_rev) AND o.txid < h.x
              AND (p_only IS NULL OR p_only = 'outbox')
            ORDER BY o.txid, o.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT pending_changes_of_inbox(p_txid, p_rev)
         + (SELECT count(*) FROM outbox WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- Ops that put something in the outbox. The item ops go on as before.
ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_item_op;

-- An operator's reply or moderation action on an item, for the gateway to deliver. A reply is
-- refused while someone else holds the conversation (their composer is open on it) or when the
-- claim the reply was written under is no longer the station's; moderators moderate and do not
-- reply, operators reply and do not moderate.
CREATE FUNCTION queue_outgoing(me operators, p_op uuid, p_station uuid, p_kind text,
                               p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    it items;
    c claims;
    moderates boolean := has_role(me.login, 'fd_moderator') OR has_role(me.login, 'fd_lead')
                         OR has_role(me.login, 'fd_admin');
BEGIN
    IF p_kind = 'retry' THEN
        UPDATE outbox SET state = 'queued', error = '', updated_at = now()
            WHERE key = (p_payload->>'key')::uuid AND state = 'failed';
        IF NOT FOUND THEN
            RETURN verdict('rejected', 'Only a failed action can be sent again.', false);
        END IF;
        RETURN verdict('applied', '', true);
    END IF;
    IF coalesce(p_payload->>'key', '') = '' THEN
        RETURN verdict('rejected', 'The action carries no key to recognise it by.', false);
    END IF;
    IF EXISTS (SELECT 1 FROM outbox WHERE key = (p_payload->>'key')::uuid) THEN
        RETURN verdict('applied', '', false);
    END IF;
    SELECT * INTO it FROM items WHERE id = (p_payload->>'item')::bigint;
    IF NOT FOUND THEN
        RETURN verdict('rejected', 'The item is not on the server.', false);
    END IF;
    IF p_kind = 'reply' THEN
        IF me.role = 'moderator' THEN
            RETURN verdict('rejected', 'Moderators do not reply to customers.', false);
        END IF;
        IF coalesce(btrim(p_payload->>'body'), '') = '' THEN
            RETURN verdict('rejected', 'An empty reply was not sent.', false);
        END IF;
        -- The conversation's claim: someone else's live one stops the reply; so does one
        -- someone took after the claim this reply was written under (its fence) ran out.
        SELECT * INTO c FROM claims WHERE thread_id = it.thread_id;
        IF FOUND AND (c.station <> p_station OR c.operator <> me.login) THEN
            IF c.expires_at > now() THEN
                RETURN verdict('rejected',
                               format('%s is replying to this conversation; your reply was not '
                                      'sent.', coalesce((SELECT display_name FROM operators
                                                         WHERE login = c.operator), c.operator)),
                               false);
            ELSIF p_payload ? 'fence' AND c.fence > (p_payload->>'fence')::bigint THEN
                RETURN verdict('rejected',
                               format('%s took this conversation after your claim ran out; your '
                                      'reply was not sent. Read the conversation and send again.',
                                      coalesce((SELECT display_name FROM operators
                                                WHERE login = c.operator), c.operator)),
                               false);
            END IF;
        END IF;
    ELSIF NOT moderates THEN
        RETURN verdict('rejected', format('Only moderators, leads and administrators may %s.',
                                          CASE p_kind WHEN 'ban' THEN 'ban people'
                                                      WHEN 'delete' THEN 'delete items'
                                                      ELSE 'hide items' END),
                       false);
    END IF;
    INSERT INTO outbox (key, op_id, item_id, account_id, action, body, close_after, operator,
                        station)
        VALUES ((p_payload->>'key')::uuid, p_op, it.id, it.account_id, p_kind,
                coalesce(p_payload->>'body', ''),
                coalesce((p_payload->>'close_after')::boolean, false), me.login, p_station);
    RETURN verdict('applied', '', true);
END
$$;

CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators;
    st stations;
    known ops;
BEGIN
    IF p_kind NOT IN ('reply', 'delete', 'hide', 'unhide', 'ban', 'retry') THEN
        RETURN apply_item_op(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    -- The same order and once-only rules as every op.
    SELECT * INTO st FROM stations WHERE id = p_station FOR UPDATE;
    IF NOT FOUND OR st.operator <> session_user THEN
        RAISE EXCEPTION 'Station % is not one of %''s stations', p_station, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO known FROM ops WHERE op_id = p_op;
    IF FOUND THEN
        RETURN known.result;
    END IF;
    IF p_seq <> st.last_seq + 1 THEN
        RAISE EXCEPTION 'Op % of station % arrived out of order', p_seq, p_station
            USING ERRCODE = 'FD001', DETAIL = format('expected=%s', st.last_seq + 1);
    END IF;
    SELECT * INTO me FROM operators WHERE login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a member of this Frontdesk team', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN apply_op_done(me, p_op, p_station, p_seq, p_kind, p_payload,
                         CASE WHEN me.disabled
                              THEN verdict('rejected', 'Your account was disabled by a lead; '
                                           'this was not applied.', false)
                              ELSE queue_outgoing(me, p_op, p_station, p_kind, p_payload) END);
END
$$;

-- A gateway takes what waits for an account it holds the lease on: queued actions become
-- "sending" under its epoch. Actions left "sending" by an earlier turn (a gateway that stopped
-- mid-send) come back marked `resumed`: they may have reached the platform already. So do this
-- turn's own with `p_resume_own` (the gateway asks so once, when it starts: a restarted gateway
-- may get its turn back in the same epoch).
CREATE FUNCTION take_outbox(p_account bigint, p_station uuid, p_epoch bigint,
                            p_limit integer DEFAULT 20, p_resume_own boolean DEFAULT false)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    l leases;
    taken jsonb;
BEGIN
    SELECT * INTO l FROM leases WHERE account_id = p_account;
    IF NOT FOUND OR l.station <> p_station OR l.holder <> me.login OR l.epoch <> p_epoch
       OR l.expires_at <= now() THEN
        RAISE EXCEPTION 'This station no longer holds the lease on account %', p_account
            USING ERRCODE = 'FD002';
    END IF;
    WITH picked AS (
        SELECT o.id, o.state = 'sending' AS resumed
            FROM outbox o
            WHERE o.account_id = p_account
              AND (o.state = 'queued'
                   OR (o.state = 'sending' AND (o.epoch <> p_epoch OR p_resume_own)))
            ORDER BY o.id
            LIMIT p_limit
            FOR UPDATE SKIP LOCKED
    ), moved AS (
        UPDATE outbox o SET state = 'sending', attempts = o.attempts + 1, epoch = p_epoch,
                            gateway = me.login, updated_at = now()
            FROM picked
            WHERE o.id = picked.id
            RETURNING o.*, picked.resumed
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'id', m.id, 'key', m.key, 'item_id', m.item_id, 'action', m.action,
               'body', m.body, 'resumed', m.resumed,
               'item_external_id', i.external_id, 'item_kind', i.kind,
               'parent_external_id', i.parent_external_id,
               'thread_external_id', t.external_id, 'author_external_id', a.external_id,
               'post_external_id', p.external_id)
               ORDER BY m.id), '[]'::jsonb)
        INTO taken
        FROM moved m
        JOIN items i ON i.id = m.item_id
        LEFT JOIN threads t ON t.id = i.thread_id
        LEFT JOIN authors a ON a.id = i.author_id
        LEFT JOIN posts p ON p.id = i.post_id;
    RETURN taken;
END
$$;

-- How a delivery went. Sent: the item follows (a reply leaves it waiting for the customer, or
-- closed; a deletion or hiding changes its status) and the journal keeps what was said or
-- removed. Failed: the reason in words, and whether sending again may help. Neither (p_ok
-- NULL): it was not tried after all, and waits for the next turn.
CREATE FUNCTION outbox_done(p_id bigint, p_station uuid, p_epoch bigint, p_ok boolean,
                            p_external_id text, p_error text, p_retryable boolean)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    o outbox;
    it items;
    next_status text;
BEGIN
    SELECT * INTO o FROM outbox WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR o.state <> 'sending' OR o.epoch <> p_epoch OR o.gateway <> me.login
       OR NOT EXISTS (SELECT 1 FROM leases WHERE account_id = o.account_id
                      AND station = p_station AND epoch = p_epoch) THEN
        RETURN false; -- another turn has it now; its answer counts
    END IF;
    IF p_ok IS NULL THEN
        UPDATE outbox SET state = 'queued', attempts = greatest(attempts - 1, 0),
                          updated_at = now()
            WHERE id = p_id;
        RETURN true;
    END IF;
    IF NOT p_ok THEN
        UPDATE outbox SET state = 'failed', error = coalesce(p_error, ''),
                          retryable = coalesce(p_retryable, false), updated_at = now()
            WHERE id = p_id;
        INSERT INTO journal (operator, station, action, item_id, account_id, after, detail)
            VALUES (o.operator, o.station, 'outbox.failed', o.item_id, o.account_id, o.action,
                    coalesce(p_error, ''));
        RETURN true;
    END IF;
    UPDATE outbox SET state = 'sent', error = '', retryable = false,
                      result_external_id = coalesce(p_external_id, ''), updated_at = now()
        WHERE id = p_id;
    SELECT * INTO it FROM items WHERE id = o.item_id FOR UPDATE;
    IF o.action = 'reply' THEN
        next_status := CASE WHEN o.close_after THEN 'closed' ELSE 'waiting' END;
        UPDATE items SET status = next_status, read = true
            WHERE id = it.id AND status NOT IN ('deleted', 'hidden');
        INSERT INTO journal (operator, station, op_id, action, item_id, account_id, before,
                             after, detail)
            VALUES (o.operator, o.station, o.op_id, 'item.replied', it.id, it.account_id,
                    it.status, o.body, next_status);
    ELSIF o.action IN ('delete', 'hide') THEN
        UPDATE items SET status = CASE o.action WHEN 'hide' THEN 'hidden' ELSE 'deleted' END,
                         deleted_at = CASE o.action WHEN 'delete' THEN now() ELSE deleted_at END
            WHERE id = it.id;
        -- The text stays in the journal: what was removed can always be told.
        INSERT INTO journal (operator, station, op_id, action, item_id, account_id, before,
                             detail)
            VALUES (o.operator, o.station, o.op_id,
                    CASE o.action WHEN 'hide' THEN 'item.hidden' ELSE 'item.deleted' END,
                    it.id, it.account_id, it.text, 'status was ' || it.status);
    ELSIF o.action = 'unhide' THEN
        UPDATE items SET status = 'open' WHERE id = it.id AND status = 'hidden';
        INSERT INTO journal (operator, station, op_id, action, item_id, account_id, after)
            VALUES (o.operator, o.station, o.op_id, 'item.unhidden', it.id, it.account_id,
                    it.text);
    ELSE
        INSERT INTO journal (operator, station, op_id, action, item_id, account_id, after,
                             detail)
            VALUES (o.operator, o.station, o.op_id, 'author.banned', it.id, it.account_id,
                    coalesce((SELECT external_id FROM authors WHERE id = it.author_id), ''),
                    it.text);
    END IF;
    RETURN true;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
REVOKE EXECUTE ON FUNCTION apply_item_op(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
GRANT EXECUTE ON FUNCTION take_outbox(bigint, uuid, bigint, integer, boolean),
                          outbox_done(bigint, uuid, bigint, boolean, text, text, boolean)
    TO fd_gateway, fd_admin;
