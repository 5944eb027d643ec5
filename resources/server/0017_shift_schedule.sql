-- The schedule reaches every station: the shifts with who works them, who answers for each
-- account, and the "responsible on shift" rotation. Only a lead or an administrator changes it
-- (ops shift_save, shift_remove, shift_responsible, shift_rotation); a removed shift stays as a
-- row marked removed so every station learns it went.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE shifts (
    key uuid PRIMARY KEY,
    name text NOT NULL CHECK (name <> ''),
    start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute integer NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    days integer NOT NULL CHECK (days BETWEEN 1 AND 127),
    zone text NOT NULL DEFAULT 'UTC',
    operators text[] NOT NULL DEFAULT '{}', -- logins
    removed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX shifts_by_name ON shifts (lower(name)) WHERE NOT removed;

-- Who answers for an account during one shift (shift_key) or whenever (NULL); an empty
-- operator: nobody is named any more.
CREATE TABLE shift_responsibility (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts(id),
    shift_key uuid REFERENCES shifts(key),
    operator text NOT NULL DEFAULT '',
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX shift_responsibility_scope
    ON shift_responsibility (account_id, coalesce(shift_key, '00000000-0000-0000-0000-000000000000'));

-- rotation ('day' | 'shift'), rotation_zone, rotation_operators (logins in turn, joined by ',').
CREATE TABLE shift_settings (
    key text PRIMARY KEY,
    value text NOT NULL,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['shifts', 'shift_responsibility', 'shift_settings'] LOOP
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

ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_before_schedule;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_before_schedule;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT * FROM changes_before_schedule(p_txid, p_rev, p_limit, p_only))
        UNION ALL
        (SELECT s.txid, s.rev, 'shifts', jsonb_build_object(
                   'key', s.key, 'name', s.name, 'start', s.start_minute, 'end', s.end_minute,
                   'days', s.days, 'zone', s.zone, 'operators', to_jsonb(s.operators),
                   'removed', s.removed, 'created', ms(s.created_at))
            FROM shifts s, horizon z
            WHERE (s.txid, s.rev) > (p_txid, p_rev) AND s.txid < z.x
              AND (p_only IS NULL OR p_only = 'shifts')
            ORDER BY s.txid, s.rev LIMIT p_limit)
        UNION ALL
        (SELECT r.txid, r.rev, 'shift_responsibility', jsonb_build_object(
                   'account_id', r.account_id, 'shift', r.shift_key, 'operator', r.operator)
            FROM shift_responsibility r, horizon z
            WHERE (r.txid, r.rev) > (p_txid, p_rev) AND r.txid < z.x
              AND (p_only IS NULL OR p_only = 'shift_responsibility')
            ORDER BY r.txid, r.rev LIMIT p_limit)
        UNION ALL
        (SELECT g.txid, g.rev, 'shift_settings', jsonb_build_object('key', g.key, 'value', g.value)
            FROM shift_settings g, horizon z
            WHERE (g.txid, g.rev) > (p_txid, p_rev) AND g.txid < z.x
              AND (p_only IS NULL OR p_only = 'shift_settings')
            ORDER BY g.txid, g.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT pending_changes_before_schedule(p_txid, p_rev)
         + (SELECT count(*) FROM shifts WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM shift_responsibility WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM shift_settings WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- Logins of a JSON array, each an operator of the team; NULL when one is not.
CREATE FUNCTION team_logins(p_list jsonb) RETURNS text[]
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT CASE WHEN bool_and(o.login IS NOT NULL) IS FALSE THEN NULL
                ELSE coalesce(array_agg(l.login ORDER BY l.n), '{}') END
        FROM jsonb_array_elements_text(coalesce(p_list, '[]')) WITH ORDINALITY AS l (login, n)
        LEFT JOIN operators o ON o.login = l.login
$$;

CREATE FUNCTION schedule_setting(p_key text, p_value text) RETURNS void
LANGUAGE sql SET search_path = fd, pg_temp AS $$
    INSERT INTO shift_settings (key, value) VALUES (p_key, p_value)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        WHERE shift_settings.value IS DISTINCT FROM excluded.value
$$;

CREATE FUNCTION schedule_op(me operators, p_op uuid, p_station uuid, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    people text[];
    shift uuid;
    who text;
BEGIN
    IF NOT (has_role(me.login, 'fd_lead') OR has_role(me.login, 'fd_admin')) THEN
        RETURN verdict('rejected', 'Only a lead or an administrator changes the schedule.',
                       false);
    END IF;
    IF p_kind = 'shift_save' THEN
        people := team_logins(p_payload->'operators');
        IF people IS NULL THEN
            RETURN verdict('rejected', 'A shift names only operators of the team.', false);
        END IF;
        BEGIN
            INSERT INTO shifts (key, name, start_minute, end_minute, days, zone, operators)
                VALUES ((p_payload->>'key')::uuid, p_payload->>'name',
                        (p_payload->>'start')::integer, (p_payload->>'end')::integer,
                        (p_payload->>'days')::integer, coalesce(p_payload->>'zone', 'UTC'),
                        people)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name,
                    start_minute = excluded.start_minute, end_minute = excluded.end_minute,
                    days = excluded.days, zone = excluded.zone, operators = excluded.operators,
                    removed = false;
        EXCEPTION WHEN unique_violation THEN
            RETURN verdict('rejected', format('There is already a shift called "%s".',
                                              p_payload->>'name'), false);
        WHEN check_violation OR not_null_violation OR invalid_text_representation THEN
            RETURN verdict('rejected', 'That is not a shift the schedule can hold.', false);
        END;
        INSERT INTO journal (operator, station, op_id, action, after)
            VALUES (me.login, p_station, p_op, 'shift.saved', p_payload->>'name');
    ELSIF p_kind = 'shift_remove' THEN
        UPDATE shifts SET removed = true
            WHERE key = (p_payload->>'key')::uuid AND NOT removed RETURNING name INTO who;
        IF NOT FOUND THEN
            RETURN verdict('applied', '', false);
        END IF;
        UPDATE shift_responsibility SET operator = ''
            WHERE shift_key = (p_payload->>'key')::uuid AND operator <> '';
        INSERT INTO journal (operator, station, op_id, action, before)
            VALUES (me.login, p_station, p_op, 'shift.removed', who);
    ELSIF p_kind = 'shift_responsible' THEN
        shift := nullif(coalesce(p_payload->>'shift', ''), '')::uuid;
        who := coalesce(p_payload->>'operator', '');
        IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = (p_payload->>'account')::bigint)
           OR (shift IS NOT NULL AND NOT EXISTS (SELECT 1 FROM shifts
                                                 WHERE key = shift AND NOT removed)) THEN
            RETURN verdict('rejected', 'There is no such account or shift.', false);
        END IF;
        IF who <> '' AND team_logins(jsonb_build_array(who)) IS NULL THEN
            RETURN verdict('rejected', 'There is no such operator in the team.', false);
        END IF;
        INSERT INTO shift_responsibility (account_id, shift_key, operator)
            VALUES ((p_payload->>'account')::bigint, shift, who)
            ON CONFLICT (account_id, coalesce(shift_key,
                                              '00000000-0000-0000-0000-000000000000'))
            DO UPDATE SET operator = excluded.operator;
        INSERT INTO journal (operator, station, op_id, action, account_id, after)
            VALUES (me.login, p_station, p_op, 'shift.responsible',
                    (p_payload->>'account')::bigint, who);
    ELSE -- shift_rotation
        people := team_logins(p_payload->'operators');
        IF people IS NULL THEN
            RETURN verdict('rejected', 'A rotation names only operators of the team.', false);
        END IF;
        IF coalesce(p_payload->>'mode', '') NOT IN ('day', 'shift') THEN
            RETURN verdict('rejected', 'A rotation turns over by the day or by the shift.',
                           false);
        END IF;
        PERFORM schedule_setting('rotation', p_payload->>'mode');
        PERFORM schedule_setting('rotation_zone', coalesce(p_payload->>'zone', 'UTC'));
        PERFORM schedule_setting('rotation_operators', array_to_string(people, ','));
        INSERT INTO journal (operator, station, op_id, action, after)
            VALUES (me.login, p_station, p_op, 'shift.rotation', array_to_string(people, ', '));
    END IF;
    RETURN verdict('applied', '', true);
END
$$;

ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_op_before_schedule;

CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators;
    st stations;
    known ops;
BEGIN
    IF p_kind NOT IN ('shift_save', 'shift_remove', 'shift_responsible', 'shift_rotation') THEN
        RETURN apply_op_before_schedule(p_op, p_station, p_seq, p_kind, p_payload);
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
                              ELSE schedule_op(me, p_op, p_station, p_kind, p_payload) END);
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
REVOKE EXECUTE ON FUNCTION apply_op_before_schedule(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
