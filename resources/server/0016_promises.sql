-- Promise marks reach every station: items where an operator promised the customer to come back,
-- found in a reply sent at any station or marked by hand. A mark that goes (a later reply, or
-- cleared by hand) stays as a row that is no longer active, so every station learns it went.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE promises (
    item_id bigint PRIMARY KEY REFERENCES items(id),
    active boolean NOT NULL,
    source text NOT NULL CHECK (source IN ('reply', 'manual')),
    phrase text NOT NULL DEFAULT '',
    marked_by text NOT NULL DEFAULT '', -- a login
    marked_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

CREATE TRIGGER promises_stamp BEFORE INSERT OR UPDATE ON promises
    FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE INDEX promises_by_change ON promises (txid, rev);
CREATE TRIGGER promises_notify AFTER INSERT OR UPDATE ON promises
    FOR EACH STATEMENT EXECUTE FUNCTION notify_changed();
ALTER TABLE promises ENABLE ROW LEVEL SECURITY;
ALTER TABLE promises FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON promises TO fd_owner USING (true) WITH CHECK (true);
REVOKE ALL ON promises FROM PUBLIC;
GRANT SELECT ON promises TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
CREATE POLICY team_reads ON promises FOR SELECT
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway USING (true);

ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_before_promises;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_before_promises;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT * FROM changes_before_promises(p_txid, p_rev, p_limit, p_only))
        UNION ALL
        (SELECT p.txid, p.rev, 'promises', jsonb_build_object(
                   'item_id', p.item_id, 'active', p.active, 'source', p.source,
                   'phrase', p.phrase, 'marked_by', p.marked_by, 'marked', ms(p.marked_at))
            FROM promises p, horizon z
            WHERE (p.txid, p.rev) > (p_txid, p_rev) AND p.txid < z.x
              AND (p_only IS NULL OR p_only = 'promises')
            ORDER BY p.txid, p.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT pending_changes_before_promises(p_txid, p_rev)
         + (SELECT count(*) FROM promises WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- An item is marked (payload on: true, with its source and phrase) or its mark goes.
CREATE FUNCTION promise_op(me operators, p_op uuid, p_station uuid, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    item bigint := (p_payload->>'item')::bigint;
    marking boolean := coalesce((p_payload->>'on')::boolean, false);
    src text := coalesce(p_payload->>'source', 'manual');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM items WHERE id = item) THEN
        RETURN verdict('rejected', 'The item is not on the server.', false);
    END IF;
    IF src NOT IN ('reply', 'manual') THEN
        RETURN verdict('rejected', 'A promise is found in a reply or marked by hand.', false);
    END IF;
    IF NOT marking THEN
        UPDATE promises SET active = false, marked_by = me.login, marked_at = now()
            WHERE item_id = item AND active;
        IF NOT FOUND THEN
            RETURN verdict('applied', '', false);
        END IF;
    ELSE
        INSERT INTO promises (item_id, active, source, phrase, marked_by)
            VALUES (item, true, src, left(coalesce(p_payload->>'phrase', ''), 200), me.login)
            ON CONFLICT (item_id) DO UPDATE SET active = true, source = excluded.source,
                phrase = excluded.phrase, marked_by = excluded.marked_by, marked_at = now();
    END IF;
    INSERT INTO journal (operator, station, op_id, action, item_id, detail)
        VALUES (me.login, p_station, p_op,
                CASE WHEN marking THEN 'item.promised' ELSE 'item.promise_cleared' END, item,
                CASE WHEN marking THEN src ELSE '' END);
    RETURN verdict('applied', '', true);
END
$$;

ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_op_before_promises;

CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators;
    st stations;
    known ops;
BEGIN
    IF p_kind <> 'promise' THEN
        RETURN apply_op_before_promises(p_op, p_station, p_seq, p_kind, p_payload);
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
                              ELSE promise_op(me, p_op, p_station, p_payload) END);
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
REVOKE EXECUTE ON FUNCTION apply_op_before_promises(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
