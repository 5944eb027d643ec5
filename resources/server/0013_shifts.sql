-- Shifts in a team: handovers, their acknowledgements and notes for the next shift reach every
-- station. They arrive as ops (handover, handover_ack, shift_note); the leaving operator's items
-- move by the usual assign ops queued before the handover, so each move is compare-and-set.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE handovers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key uuid NOT NULL UNIQUE, -- the station's, so the one that wrote it knows it again
    from_operator text NOT NULL,
    to_operator text NOT NULL DEFAULT '',
    reassign text NOT NULL CHECK (reassign IN ('incoming', 'pool', 'keep')),
    summary text NOT NULL DEFAULT '',
    items_moved integer NOT NULL DEFAULT 0,
    operator text NOT NULL, -- who handed over (the leaving operator, or a lead for them)
    station uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by text NOT NULL DEFAULT '',
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

-- Append-only, like notes.
CREATE TABLE handover_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key uuid NOT NULL UNIQUE,
    operator text NOT NULL,
    item_id bigint REFERENCES items(id),
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['handovers', 'handover_notes'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON fd.%I '
                       'FOR EACH ROW EXECUTE FUNCTION fd.stamp()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON fd.%I (txid, rev)', t || '_by_change', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON fd.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION fd.notify_changed()',
                       t || '_notify', t);
        EXECUTE format('ALTER TABLE fd.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE fd.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON fd.%I TO fd_owner USING (true) '
                       'WITH CHECK (true)', t);
        EXECUTE format('REVOKE ALL ON fd.%I FROM PUBLIC', t);
        EXECUTE format('GRANT SELECT ON fd.%I TO fd_operator, fd_moderator, fd_lead, fd_admin, '
                       'fd_gateway', t);
        EXECUTE format('CREATE POLICY team_reads ON fd.%I FOR SELECT TO fd_operator, '
                       'fd_moderator, fd_lead, fd_admin, fd_gateway USING (true)', t);
    END LOOP;
END
$tables$;

-- The changes feed carries them too.
ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_before_shifts;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_before_shifts;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT * FROM changes_before_shifts(p_txid, p_rev, p_limit, p_only))
        UNION ALL
        (SELECT h.txid, h.rev, 'handovers', jsonb_build_object(
                   'id', h.id, 'key', h.key, 'from', h.from_operator, 'to', h.to_operator,
                   'reassign', h.reassign, 'summary', h.summary, 'items_moved', h.items_moved,
                   'created', ms(h.created_at), 'acknowledged', ms(h.acknowledged_at),
                   'acknowledged_by', h.acknowledged_by)
            FROM handovers h, horizon z
            WHERE (h.txid, h.rev) > (p_txid, p_rev) AND h.txid < z.x
              AND (p_only IS NULL OR p_only = 'handovers')
            ORDER BY h.txid, h.rev LIMIT p_limit)
        UNION ALL
        (SELECT n.txid, n.rev, 'handover_notes', jsonb_build_object(
                   'id', n.id, 'key', n.key, 'operator', n.operator, 'item_id', n.item_id,
                   'body', n.body, 'created', ms(n.created_at))
            FROM handover_notes n, horizon z
            WHERE (n.txid, n.rev) > (p_txid, p_rev) AND n.txid < z.x
              AND (p_only IS NULL OR p_only = 'handover_notes')
            ORDER BY n.txid, n.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT pending_changes_before_shifts(p_txid, p_rev)
         + (SELECT count(*) FROM handovers WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM handover_notes WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- A handover, its acknowledgement, or a note for the next shift. A repeated key is kept once.
CREATE FUNCTION shift_op(me operators, p_op uuid, p_station uuid, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    h handovers;
    leads boolean := has_role(me.login, 'fd_lead') OR has_role(me.login, 'fd_admin');
BEGIN
    IF p_kind = 'handover' THEN
        IF coalesce(p_payload->>'from', '') <> me.login AND NOT leads THEN
            RETURN verdict('rejected', 'Only the leaving operator or a lead hands over a shift.',
                           false);
        END IF;
        IF coalesce(p_payload->>'reassign', '') NOT IN ('incoming', 'pool', 'keep') THEN
            RETURN verdict('rejected', 'A handover gives its items to someone, the pool, or keeps '
                           'them.', false);
        END IF;
        INSERT INTO handovers (key, from_operator, to_operator, reassign, summary, items_moved,
                               operator, station)
            VALUES ((p_payload->>'key')::uuid, p_payload->>'from',
                    coalesce(p_payload->>'to', ''), p_payload->>'reassign',
                    coalesce(p_payload->>'summary', ''),
                    coalesce((p_payload->>'items_moved')::integer, 0), me.login, p_station)
            ON CONFLICT (key) DO NOTHING;
        IF NOT FOUND THEN
            RETURN verdict('applied', '', false);
        END IF;
        INSERT INTO journal (operator, station, op_id, action, before, after, detail)
            VALUES (me.login, p_station, p_op, 'handover.created', p_payload->>'from',
                    coalesce(nullif(p_payload->>'to', ''), 'pool'),
                    coalesce(p_payload->>'summary', ''));
        RETURN verdict('applied', '', true);
    ELSIF p_kind = 'handover_ack' THEN
        SELECT * INTO h FROM handovers WHERE key = (p_payload->>'key')::uuid FOR UPDATE;
        IF NOT FOUND THEN
            RETURN verdict('rejected', 'The team has no such handover.', false);
        END IF;
        IF h.acknowledged_at IS NOT NULL THEN
            RETURN verdict('applied', '', false); -- the first acknowledgement stands
        END IF;
        UPDATE handovers SET acknowledged_at = now(), acknowledged_by = me.login
            WHERE id = h.id;
        INSERT INTO journal (operator, station, op_id, action, before, after)
            VALUES (me.login, p_station, p_op, 'handover.acknowledged', h.from_operator,
                    me.login);
        RETURN verdict('applied', '', true);
    END IF;
    -- shift_note
    IF coalesce(p_payload->>'body', '') = '' THEN
        RETURN verdict('rejected', 'An empty note was not kept.', false);
    END IF;
    IF p_payload ? 'item' AND NOT EXISTS (SELECT 1 FROM items
                                          WHERE id = (p_payload->>'item')::bigint) THEN
        RETURN verdict('rejected', 'The item is not on the server.', false);
    END IF;
    INSERT INTO handover_notes (key, operator, item_id, body)
        VALUES ((p_payload->>'key')::uuid, me.login, (p_payload->>'item')::bigint,
                p_payload->>'body')
        ON CONFLICT (key) DO NOTHING;
    IF NOT FOUND THEN
        RETURN verdict('applied', '', false);
    END IF;
    INSERT INTO journal (operator, station, op_id, action, detail)
        VALUES (me.login, p_station, p_op, 'handover.note', p_payload->>'body');
    RETURN verdict('applied', '', true);
END
$$;

ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_op_before_shifts;

CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators;
    st stations;
    known ops;
BEGIN
    IF p_kind NOT IN ('handover', 'handover_ack', 'shift_note') THEN
        RETURN apply_op_before_shifts(p_op, p_station, p_seq, p_kind, p_payload);
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
                              ELSE shift_op(me, p_op, p_station, p_kind, p_payload) END);
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
REVOKE EXECUTE ON FUNCTION apply_op_before_shifts(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
