-- The only ways in: SECURITY DEFINER functions owned by fd_owner, search_path pinned, each
-- checking who is asking by session_user (the login role; current_user is the owner in here).

SET LOCAL client_min_messages = warning;

RESET ROLE;
-- fd_owner creates and disables the people's login roles (through add_operator and
-- disable_operator only: it cannot log in) and ends a disabled person's sessions.
ALTER ROLE fd_owner CREATEROLE;
GRANT pg_signal_backend TO fd_owner;
GRANT fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway TO fd_owner WITH ADMIN OPTION;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE FUNCTION has_role(who text, group_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who)
       AND pg_has_role(who, group_role, 'MEMBER')
$$;

-- The person asking, if they are an enabled member of the team.
CREATE FUNCTION caller() RETURNS operators
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    who operators;
BEGIN
    SELECT * INTO who FROM operators WHERE login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a member of this Frontdesk team', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF who.disabled THEN
        RAISE EXCEPTION '% has been disabled by a lead', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN who;
END
$$;

CREATE FUNCTION add_operator(p_login text, p_display_name text, p_role text, p_password text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
BEGIN
    IF NOT (has_role(session_user, 'fd_admin')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'Only an administrator adds people to the team'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_role NOT IN ('operator', 'moderator', 'lead', 'admin', 'gateway') THEN
        RAISE EXCEPTION 'Unknown role "%": operator, moderator, lead, admin or gateway', p_role
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'A login is lower-case letters, digits, _ . - (up to 63), starting with a letter'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM operators WHERE login = p_login)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'There is already a role named %', p_login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_password,
                   'fd_' || p_role);
    INSERT INTO operators (login, display_name, role) VALUES (p_login, p_display_name, p_role);
    INSERT INTO journal (operator, action, detail)
        VALUES (session_user, 'operator.added', p_login || ' as ' || p_role);
END
$$;

-- A lead or admin disables a person: no more logins, their sessions end, and ops still queued
-- at their stations are rejected when they arrive.
CREATE FUNCTION disable_operator(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    ended integer;
BEGIN
    IF NOT (has_role(session_user, 'fd_lead') OR has_role(session_user, 'fd_admin')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'Only a lead or an administrator disables people'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE operators SET disabled = true WHERE login = p_login AND NOT disabled;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM operators WHERE login = p_login) THEN
            RAISE EXCEPTION 'There is no operator %', p_login USING ERRCODE = 'undefined_object';
        END IF;
        RETURN 0;
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    SELECT count(pg_terminate_backend(pid)) INTO ended
        FROM pg_stat_activity WHERE usename = p_login AND pid <> pg_backend_pid();
    INSERT INTO journal (operator, action, detail)
        VALUES (session_user, 'operator.disabled', p_login);
    RETURN ended;
END
$$;

-- A station joins: it gets its id's row (or finds it again) and learns the last op the server
-- has from it, so it knows where its queue goes on.
CREATE FUNCTION register_station(p_station uuid, p_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    st stations;
BEGIN
    SELECT * INTO st FROM stations WHERE id = p_station;
    IF FOUND THEN
        IF st.operator <> me.login THEN
            RAISE EXCEPTION 'This station belongs to %', st.operator
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE stations SET name = p_name, seen_at = now() WHERE id = p_station;
        RETURN st.last_seq;
    END IF;
    INSERT INTO stations (id, operator, name) VALUES (p_station, me.login, p_name);
    INSERT INTO journal (operator, station, action, detail)
        VALUES (me.login, p_station, 'station.joined', p_name);
    RETURN 0;
END
$$;

-- What an op did, as the station stores it: applied (changed or not) or rejected with a reason
-- in words.
CREATE FUNCTION verdict(p_state text, p_reason text, p_changed boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = fd, pg_temp AS $$
    SELECT jsonb_build_object('state', p_state, 'reason', p_reason, 'changed', p_changed)
$$;

-- Status moves by the server's state machine, whatever order stations' ops arrive in.
CREATE FUNCTION op_status(me operators, p_op uuid, p_station uuid, p_kind text, it items)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    target text;
BEGIN
    IF it.status IN ('hidden', 'deleted') THEN
        RETURN verdict('rejected', format('The item is %s on its platform; it keeps that status.',
                                          it.status), false);
    END IF;
    target := CASE p_kind WHEN 'reopen' THEN 'open' ELSE 'closed' END;
    IF p_kind = 'reopen' AND it.status IN ('new', 'open') THEN
        RETURN verdict('applied', '', false);
    END IF;
    IF it.status = target THEN
        RETURN verdict('applied', '', false);
    END IF;
    UPDATE items SET status = target WHERE id = it.id;
    INSERT INTO journal (operator, station, op_id, action, item_id, account_id, before, after)
        VALUES (me.login, p_station, p_op,
                CASE p_kind WHEN 'reopen' THEN 'item.reopened'
                            WHEN 'close_without_reply' THEN 'item.closed_without_reply'
                            ELSE 'item.closed' END,
                it.id, it.account_id, it.status, target);
    RETURN verdict('applied', '', true);
END
$$;

-- Records an op as processed, applied or rejected, and moves the station's sequence on.
-- A rejected op leaves its item as it was on the server; touching the row sends it to every
-- station again, so the one that changed it ahead of the verdict takes the server's state back.
CREATE FUNCTION apply_op_done(me operators, p_op uuid, p_station uuid, p_seq bigint,
                                         p_kind text, p_payload jsonb, res jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
BEGIN
    INSERT INTO ops (op_id, station_id, seq, operator, kind, payload, state, reason, result)
        VALUES (p_op, p_station, p_seq, me.login, p_kind, p_payload, res->>'state',
                res->>'reason', res);
    UPDATE stations SET last_seq = p_seq, seen_at = now() WHERE id = p_station;
    IF res->>'state' = 'rejected' THEN
        INSERT INTO journal (operator, station, op_id, action, item_id, detail)
            VALUES (me.login, p_station, p_op, 'op.rejected', (p_payload->>'item')::bigint,
                    p_kind || ': ' || (res->>'reason'));
        IF p_payload ? 'item' THEN
            UPDATE items SET rev = 0 WHERE id = (p_payload->>'item')::bigint;
            UPDATE item_tags SET present = present WHERE item_id = (p_payload->>'item')::bigint;
        END IF;
    END IF;
    RETURN res;
END
$$;

-- A note about a conversation or a person; a repeated key (the station's) is kept once.
CREATE FUNCTION add_note(me operators, p_op uuid, p_station uuid, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
BEGIN
    IF coalesce(p_payload->>'body', '') = '' THEN
        RETURN verdict('rejected', 'An empty note was not kept.', false);
    END IF;
    IF (p_payload ? 'thread') = (p_payload ? 'author') THEN
        RETURN verdict('rejected', 'A note is about a conversation or a person.', false);
    END IF;
    IF p_payload ? 'key' AND EXISTS (SELECT 1 FROM notes WHERE key = (p_payload->>'key')::uuid)
    THEN
        RETURN verdict('applied', '', false);
    END IF;
    INSERT INTO notes (author_id, thread_id, operator, body, key)
        VALUES ((p_payload->>'author')::bigint, (p_payload->>'thread')::bigint, me.login,
                p_payload->>'body', (p_payload->>'key')::uuid);
    INSERT INTO journal (operator, station, op_id, action, detail)
        VALUES (me.login, p_station, p_op, 'note.added', p_payload->>'body');
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
    it items;
    res jsonb;
    v_tag bigint;
    was text;
    want text;
    expected text;
BEGIN
    -- One station's ops one at a time: the row lock orders a retry behind its first attempt.
    SELECT * INTO st FROM stations WHERE id = p_station FOR UPDATE;
    IF NOT FOUND OR st.operator <> session_user THEN
        RAISE EXCEPTION 'Station % is not one of %''s stations', p_station, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO known FROM ops WHERE op_id = p_op;
    IF FOUND THEN
        RETURN known.result; -- the same answer again, nothing done twice
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

    IF me.disabled THEN
        res := verdict('rejected', 'Your account was disabled by a lead; this was not applied.',
                       false);
    ELSIF p_kind IN ('close', 'close_without_reply', 'reopen', 'mark_read', 'assign', 'tag',
                     'untag') THEN
        SELECT * INTO it FROM items WHERE id = (p_payload->>'item')::bigint FOR UPDATE;
        IF NOT FOUND THEN
            res := verdict('rejected', 'The item is not on the server.', false);
        ELSIF p_kind IN ('close', 'close_without_reply', 'reopen') THEN
            res := op_status(me, p_op, p_station, p_kind, it);
        ELSIF p_kind = 'mark_read' THEN
            IF it.read = (p_payload->>'read')::boolean THEN
                res := verdict('applied', '', false);
            ELSE
                UPDATE items SET read = (p_payload->>'read')::boolean WHERE id = it.id;
                res := verdict('applied', '', true);
            END IF;
        ELSIF p_kind = 'assign' THEN
            -- Compare-and-set: the station says whom it saw; if that changed meanwhile, the
            -- first one wins and this op is told who that is.
            want := nullif(p_payload->>'to', '');
            expected := nullif(p_payload->>'expected', '');
            IF it.assignee IS DISTINCT FROM expected THEN
                res := verdict('rejected',
                               format('%s took it first.', coalesce(
                                   (SELECT display_name FROM operators WHERE login = it.assignee),
                                   'Someone')),
                               false);
            ELSIF want IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM operators WHERE login = want AND NOT disabled) THEN
                res := verdict('rejected', format('%s is not an enabled member of the team.', want),
                               false);
            ELSIF it.assignee IS NOT DISTINCT FROM want THEN
                res := verdict('applied', '', false);
            ELSE
                UPDATE items SET assignee = want WHERE id = it.id;
                INSERT INTO journal (operator, station, op_id, action, item_id, account_id,
                                     before, after)
                    VALUES (me.login, p_station, p_op, 'item.assigned', it.id, it.account_id,
                            coalesce(it.assignee, ''), coalesce(want, ''));
                res := verdict('applied', '', true);
            END IF;
        ELSE
            -- A tag is named; the server keeps one tag per name in any case.
            SELECT id INTO v_tag FROM tags WHERE lower(name) = lower(p_payload->>'tag');
            IF NOT FOUND THEN
                IF p_kind = 'untag' THEN
                    RETURN apply_op_done(me, p_op, p_station, p_seq, p_kind, p_payload,
                                         verdict('applied', '', false));
                END IF;
                INSERT INTO tags (name, color)
                    VALUES (p_payload->>'tag', coalesce(p_payload->>'color', ''))
                    RETURNING id INTO v_tag;
            END IF;
            SELECT CASE WHEN present THEN 'on' ELSE 'off' END INTO was
                FROM item_tags WHERE item_id = it.id AND tag_id = v_tag;
            want := CASE p_kind WHEN 'tag' THEN 'on' ELSE 'off' END;
            IF coalesce(was, 'off') = want THEN
                res := verdict('applied', '', false);
            ELSE
                INSERT INTO item_tags (item_id, tag_id, present)
                    VALUES (it.id, v_tag, want = 'on')
                    ON CONFLICT (item_id, tag_id) DO UPDATE SET present = EXCLUDED.present;
                INSERT INTO journal (operator, station, op_id, action, item_id, account_id, after)
                    VALUES (me.login, p_station, p_op,
                            CASE want WHEN 'on' THEN 'item.tagged' ELSE 'item.untagged' END,
                            it.id, it.account_id, p_payload->>'tag');
                res := verdict('applied', '', true);
            END IF;
        END IF;
    ELSIF p_kind = 'note' THEN
        res := add_note(me, p_op, p_station, p_payload);
    ELSE
        res := verdict('rejected', format('This server does not know the action "%s".', p_kind),
                       false);
    END IF;
    RETURN apply_op_done(me, p_op, p_station, p_seq, p_kind, p_payload, res);
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          register_station(uuid, text)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
GRANT EXECUTE ON FUNCTION disable_operator(text) TO fd_lead, fd_admin;
GRANT EXECUTE ON FUNCTION add_operator(text, text, text, text) TO fd_admin;
