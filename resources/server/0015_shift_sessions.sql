-- Shifts as operators work them reach every station: when each operator started and ended their
-- shift and their breaks, so a lead at any station sees who is on shift or on a break. They
-- arrive as ops (shift_start, shift_end, break_start, break_end) keyed by the station that
-- recorded them; the moments are the station's (a lead may record a start after the fact), never
-- later than the server's clock.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE shift_sessions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key uuid NOT NULL UNIQUE,
    operator text NOT NULL, -- whose shift
    recorded_by text NOT NULL, -- the operator themselves, or a lead for them
    station uuid NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE INDEX shift_sessions_open ON shift_sessions (operator) WHERE ended_at IS NULL;

CREATE TABLE shift_breaks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key uuid NOT NULL UNIQUE,
    session_key uuid NOT NULL REFERENCES shift_sessions(key),
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE INDEX shift_breaks_by_session ON shift_breaks (session_key);

DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['shift_sessions', 'shift_breaks'] LOOP
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

ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_before_shift_sessions;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_before_shift_sessions;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT * FROM changes_before_shift_sessions(p_txid, p_rev, p_limit, p_only))
        UNION ALL
        (SELECT s.txid, s.rev, 'shift_sessions', jsonb_build_object(
                   'id', s.id, 'key', s.key, 'operator', s.operator,
                   'started', ms(s.started_at), 'ended', ms(s.ended_at))
            FROM shift_sessions s, horizon z
            WHERE (s.txid, s.rev) > (p_txid, p_rev) AND s.txid < z.x
              AND (p_only IS NULL OR p_only = 'shift_sessions')
            ORDER BY s.txid, s.rev LIMIT p_limit)
        UNION ALL
        (SELECT b.txid, b.rev, 'shift_breaks', jsonb_build_object(
                   'id', b.id, 'key', b.key, 'session', b.session_key,
                   'started', ms(b.started_at), 'ended', ms(b.ended_at))
            FROM shift_breaks b, horizon z
            WHERE (b.txid, b.rev) > (p_txid, p_rev) AND b.txid < z.x
              AND (p_only IS NULL OR p_only = 'shift_breaks')
            ORDER BY b.txid, b.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT pending_changes_before_shift_sessions(p_txid, p_rev)
         + (SELECT count(*) FROM shift_sessions WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM shift_breaks WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- The moment an op names, never later than now.
CREATE FUNCTION op_moment(p_payload jsonb) RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT least(coalesce(to_timestamp((p_payload->>'at')::bigint / 1000.0), now()), now())
$$;

-- A shift or a break starts or ends. Operators record their own; a lead or an administrator
-- records anyone's. A repeated key is kept once.
CREATE FUNCTION shift_state_op(me operators, p_op uuid, p_station uuid, p_kind text,
                               p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    s shift_sessions;
    b shift_breaks;
    moment timestamptz := op_moment(p_payload);
    leads boolean := has_role(me.login, 'fd_lead') OR has_role(me.login, 'fd_admin');
    whose text;
BEGIN
    IF p_kind = 'shift_start' THEN
        whose := coalesce(p_payload->>'operator', '');
    ELSE
        SELECT * INTO s FROM shift_sessions WHERE key = (p_payload->>'session')::uuid FOR UPDATE;
        IF NOT FOUND THEN
            RETURN verdict('rejected', 'The team has no such shift.', false);
        END IF;
        whose := s.operator;
    END IF;
    IF whose <> me.login AND NOT leads THEN
        RETURN verdict('rejected', 'Only the operator themselves or a lead starts and ends a '
                       'shift or a break.', false);
    END IF;

    IF p_kind = 'shift_start' THEN
        IF NOT EXISTS (SELECT 1 FROM operators WHERE login = whose AND NOT disabled) THEN
            RETURN verdict('rejected', 'There is no such active operator in the team.', false);
        END IF;
        IF EXISTS (SELECT 1 FROM shift_sessions WHERE key = (p_payload->>'key')::uuid) THEN
            RETURN verdict('applied', '', false);
        END IF;
        -- One shift at a time: a start at another station ends the one that ran.
        UPDATE shift_breaks SET ended_at = greatest(started_at, moment)
            WHERE ended_at IS NULL AND session_key IN (
                SELECT key FROM shift_sessions WHERE operator = whose AND ended_at IS NULL);
        UPDATE shift_sessions SET ended_at = greatest(started_at, moment)
            WHERE operator = whose AND ended_at IS NULL;
        INSERT INTO shift_sessions (key, operator, recorded_by, station, started_at)
            VALUES ((p_payload->>'key')::uuid, whose, me.login, p_station, moment);
        INSERT INTO journal (operator, station, op_id, action, after)
            VALUES (me.login, p_station, p_op, 'shift.started', whose);
        RETURN verdict('applied', '', true);
    ELSIF p_kind = 'shift_end' THEN
        IF s.ended_at IS NOT NULL THEN
            RETURN verdict('applied', '', false);
        END IF;
        UPDATE shift_breaks SET ended_at = greatest(started_at, moment)
            WHERE session_key = s.key AND ended_at IS NULL;
        UPDATE shift_sessions SET ended_at = greatest(started_at, moment) WHERE id = s.id;
        INSERT INTO journal (operator, station, op_id, action, before)
            VALUES (me.login, p_station, p_op, 'shift.ended', whose);
        RETURN verdict('applied', '', true);
    ELSIF p_kind = 'break_start' THEN
        IF s.ended_at IS NOT NULL THEN
            RETURN verdict('rejected', 'That shift has ended.', false);
        END IF;
        IF EXISTS (SELECT 1 FROM shift_breaks WHERE key = (p_payload->>'key')::uuid) THEN
            RETURN verdict('applied', '', false);
        END IF;
        UPDATE shift_breaks SET ended_at = greatest(started_at, moment)
            WHERE session_key = s.key AND ended_at IS NULL;
        INSERT INTO shift_breaks (key, session_key, started_at)
            VALUES ((p_payload->>'key')::uuid, s.key, greatest(s.started_at, moment));
        INSERT INTO journal (operator, station, op_id, action, after)
            VALUES (me.login, p_station, p_op, 'shift.break_started', whose);
        RETURN verdict('applied', '', true);
    END IF;
    -- break_end
    SELECT * INTO b FROM shift_breaks
        WHERE key = (p_payload->>'key')::uuid AND session_key = s.key FOR UPDATE;
    IF NOT FOUND THEN
        RETURN verdict('rejected', 'The team has no such break.', false);
    END IF;
    IF b.ended_at IS NOT NULL THEN
        RETURN verdict('applied', '', false);
    END IF;
    UPDATE shift_breaks SET ended_at = greatest(started_at, moment) WHERE id = b.id;
    INSERT INTO journal (operator, station, op_id, action, before)
        VALUES (me.login, p_station, p_op, 'shift.break_ended', whose);
    RETURN verdict('applied', '', true);
END
$$;

ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_op_before_shift_sessions;

CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators;
    st stations;
    known ops;
BEGIN
    IF p_kind NOT IN ('shift_start', 'shift_end', 'break_start', 'break_end') THEN
        RETURN apply_op_before_shift_sessions(p_op, p_station, p_seq, p_kind, p_payload);
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
                              ELSE shift_state_op(me, p_op, p_station, p_kind, p_payload) END);
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
REVOKE EXECUTE ON FUNCTION apply_op_before_shift_sessions(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
