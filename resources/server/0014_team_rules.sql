-- Automation for a team. The rules live here: leads and administrators edit them from any
-- station (as ops), and every station pulls them like the rest of the team's data. A rule acts
-- on an item at the gateway that polled it, and once: a firing is recorded here under a unique
-- key, so a second gateway running the same rule on the same item (the turn moved, or two ran
-- at once) changes nothing. What a rule does is journaled under the rule's name.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

-- Who acted: a person (the operator column holds their login) or a rule (its name).
ALTER TABLE journal ADD COLUMN actor_kind text NOT NULL DEFAULT 'operator'
    CHECK (actor_kind IN ('operator', 'rule'));

-- A rule's definition is its JSON as the stations store it; the key is the one the station
-- that made it gave it, the same at every station. A removed rule stays as a row, so stations
-- learn of the removal.
CREATE TABLE rules (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text NOT NULL,
    position integer NOT NULL DEFAULT 0,
    enabled boolean NOT NULL DEFAULT false,
    definition text NOT NULL,
    removed boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX rules_by_name ON rules (lower(name)) WHERE NOT removed;
CREATE TRIGGER rules_stamp BEFORE INSERT OR UPDATE ON rules
    FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE INDEX rules_by_change ON rules (txid, rev);
CREATE TRIGGER rules_notify AFTER INSERT OR UPDATE ON rules
    FOR EACH STATEMENT EXECUTE FUNCTION notify_changed();

-- Each time a rule acted on an item: once per (rule, item, trigger, event).
CREATE TABLE rule_firings (
    rule_key text NOT NULL,
    item_id bigint NOT NULL REFERENCES items(id),
    trigger text NOT NULL CHECK (trigger IN ('ingest', 'timer')),
    event text NOT NULL,
    rule_name text NOT NULL,
    gateway text NOT NULL,
    station uuid NOT NULL,
    op_id uuid NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_key, item_id, trigger, event)
);

-- Read by the whole team, written by the owner's functions only.
DO $policies$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rules', 'rule_firings'] LOOP
        EXECUTE format($sql$
            ALTER TABLE fd.%1$I ENABLE ROW LEVEL SECURITY;
            ALTER TABLE fd.%1$I FORCE ROW LEVEL SECURITY;
            CREATE POLICY owner_all ON fd.%1$I TO fd_owner USING (true) WITH CHECK (true);
            REVOKE ALL ON fd.%1$I FROM PUBLIC;
            GRANT SELECT ON fd.%1$I TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
            CREATE POLICY team_reads ON fd.%1$I FOR SELECT
                TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway USING (true);
        $sql$, t);
    END LOOP;
END
$policies$;

-- The changes feed carries the rules.
ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_without_rules;
ALTER FUNCTION pending_changes(xid8, bigint) RENAME TO pending_changes_without_rules;

-- The rules' part of the feed, read as every table's: changes after (txid, rev) by
-- transactions older than all still running, oldest first.
CREATE FUNCTION rule_changes(p_txid xid8, p_rev bigint, p_limit integer)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT r.txid, r.rev, 'rules',
           (to_jsonb(r) - 'txid' - 'rev' - 'created_at' - 'updated_at')
               || jsonb_build_object('created', ms(r.created_at), 'updated', ms(r.updated_at))
    FROM rules r
    WHERE (r.txid, r.rev) > (p_txid, p_rev)
      AND r.txid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY r.txid, r.rev
    LIMIT p_limit
$$;

-- A first pull's count of what it has ahead, rules included.
CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT sum(n)::bigint
    FROM (VALUES (pending_changes_without_rules(p_txid, p_rev)),
                 ((SELECT count(*) FROM rules WHERE (txid, rev) > (p_txid, p_rev)))) AS v (n)
$$;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT * FROM (
        SELECT * FROM changes_without_rules(p_txid, p_rev, p_limit, p_only)
        UNION ALL
        SELECT * FROM rule_changes(p_txid, p_rev, p_limit)
            WHERE p_only IS NULL OR p_only = 'rules'
    ) AS c
    ORDER BY c.change_txid, c.change_rev
    LIMIT p_limit
$$;

-- A lead or administrator adds, changes, removes or reorders rules. Payloads:
-- rule_save {key, name, enabled, definition}; rule_remove {key}; rule_order {keys: [...]}.
CREATE FUNCTION rule_edit(me operators, p_op uuid, p_station uuid, p_kind text, p_payload jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    v_key text := p_payload->>'key';
    old rules;
    v_name text := btrim(coalesce(p_payload->>'name', ''));
    n integer := 0;
    k text;
BEGIN
    -- A refused change goes back: the rule's row goes out again, so the station that changed
    -- it takes the team's version back.
    UPDATE rules SET rev = 0 WHERE key = v_key;
    IF NOT (has_role(me.login, 'fd_lead') OR has_role(me.login, 'fd_admin')) THEN
        RETURN verdict('rejected', 'Only leads and administrators change the team''s rules.',
                       false);
    END IF;
    IF p_kind = 'rule_order' THEN
        IF jsonb_typeof(p_payload->'keys') IS DISTINCT FROM 'array' THEN
            RETURN verdict('rejected', 'A new order of the rules names them by key.', false);
        END IF;
        -- The rules named come first, in that order; the others keep theirs after them.
        FOR k IN SELECT value FROM jsonb_array_elements_text(p_payload->'keys') LOOP
            n := n + 1;
            UPDATE rules SET position = n WHERE key = k AND position <> n;
        END LOOP;
        UPDATE rules r SET position = n + o.rank
            FROM (SELECT key, row_number() OVER (ORDER BY position, id) AS rank FROM rules
                  WHERE NOT (key IN (SELECT jsonb_array_elements_text(p_payload->'keys'))))
                 AS o
            WHERE r.key = o.key AND r.position <> n + o.rank;
        INSERT INTO journal (operator, station, op_id, action, after)
            VALUES (me.login, p_station, p_op, 'rule.moved', p_payload->>'keys');
        RETURN verdict('applied', '', true);
    END IF;
    IF coalesce(v_key, '') = '' THEN
        RETURN verdict('rejected', 'The rule carries no key to recognise it by.', false);
    END IF;
    SELECT * INTO old FROM rules WHERE key = v_key FOR UPDATE;
    IF p_kind = 'rule_remove' THEN
        IF NOT FOUND OR old.removed THEN
            RETURN verdict('applied', '', false);
        END IF;
        UPDATE rules SET removed = true, enabled = false, updated_at = now() WHERE key = v_key;
        INSERT INTO journal (operator, station, op_id, action, before, detail)
            VALUES (me.login, p_station, p_op, 'rule.removed', old.definition, old.name);
        RETURN verdict('applied', '', true);
    END IF;
    IF v_name = '' OR coalesce(p_payload->>'definition', '') = '' THEN
        RETURN verdict('rejected', 'A rule has a name and a definition.', false);
    END IF;
    IF EXISTS (SELECT 1 FROM rules WHERE lower(name) = lower(v_name) AND key <> v_key
                                         AND NOT removed) THEN
        RETURN verdict('rejected', format('The team already has a rule called "%s".', v_name),
                       false);
    END IF;
    IF NOT FOUND OR old.removed THEN
        INSERT INTO rules (key, name, position, enabled, definition)
            VALUES (v_key, v_name,
                    (SELECT coalesce(max(position), 0) + 1 FROM rules WHERE NOT removed),
                    coalesce((p_payload->>'enabled')::boolean, false), p_payload->>'definition')
            ON CONFLICT (key) DO UPDATE
                SET name = EXCLUDED.name, position = EXCLUDED.position,
                    enabled = EXCLUDED.enabled, definition = EXCLUDED.definition,
                    removed = false, updated_at = now();
        INSERT INTO journal (operator, station, op_id, action, after, detail)
            VALUES (me.login, p_station, p_op, 'rule.created', p_payload->>'definition', v_name);
        RETURN verdict('applied', '', true);
    END IF;
    IF (old.name, old.enabled, old.definition)
       = (v_name, coalesce((p_payload->>'enabled')::boolean, false), p_payload->>'definition')
    THEN
        RETURN verdict('applied', '', false);
    END IF;
    UPDATE rules SET name = v_name, enabled = coalesce((p_payload->>'enabled')::boolean, false),
                     definition = p_payload->>'definition', updated_at = now()
        WHERE key = v_key;
    INSERT INTO journal (operator, station, op_id, action, before, after, detail)
        VALUES (me.login, p_station, p_op, 'rule.changed', old.definition,
                p_payload->>'definition', v_name);
    RETURN verdict('applied', '', true);
END
$$;

-- A journal row written for a rule: the rule's name as the actor.
CREATE FUNCTION journal_rule(p_rule text, p_station uuid, p_op uuid, p_action text, it items,
                             p_before text, p_after text, p_detail text)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    INSERT INTO journal (operator, actor_kind, station, op_id, action, item_id, account_id,
                         before, after, detail)
        VALUES (p_rule, 'rule', p_station, p_op, p_action, it.id, it.account_id,
                coalesce(p_before, ''), coalesce(p_after, ''), coalesce(p_detail, ''))
$$;

CREATE FUNCTION priority_word(p integer) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = fd, pg_temp AS $$
    SELECT CASE p WHEN -1 THEN 'low' WHEN 1 THEN 'high' WHEN 2 THEN 'urgent' ELSE 'normal' END
$$;

-- What a rule did to an item at a gateway, once. Payload: {item, rule (its key), trigger,
-- event, effects: [{do: tag|untag, tag} | {do: close} | {do: priority, value} |
-- {do: assign, to, expected} | {do: hide|delete|reply, key, body}]}. The effects go through the
-- same rules as people's: the status by the state machine, the assignee by compare-and-set
-- (someone who took the item meanwhile keeps it), replies and moderation into the outbox.
CREATE FUNCTION rule_fired(me operators, p_op uuid, p_station uuid, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    it items;
    r rules;
    e jsonb;
    v_tag bigint;
    was boolean;
    want text;
    v_priority integer;
BEGIN
    IF NOT is_gateway(me.login) THEN
        RETURN verdict('rejected', 'Only a gateway runs the team''s rules.', false);
    END IF;
    SELECT * INTO it FROM items WHERE id = (p_payload->>'item')::bigint FOR UPDATE;
    IF NOT FOUND THEN
        RETURN verdict('rejected', 'The item is not on the server.', false);
    END IF;
    SELECT * INTO r FROM rules WHERE key = p_payload->>'rule' AND NOT removed;
    IF NOT FOUND THEN
        RETURN verdict('rejected', 'The team has no such rule (it was removed, or it is one '
                                   'station''s own).', false);
    END IF;
    INSERT INTO rule_firings (rule_key, item_id, trigger, event, rule_name, gateway, station,
                              op_id)
        VALUES (r.key, it.id, coalesce(p_payload->>'trigger', 'ingest'),
                coalesce(p_payload->>'event', ''), r.name, me.login, p_station, p_op)
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        -- Another gateway ran it first: the item goes out again, so this one takes the
        -- server's state back.
        UPDATE items SET rev = 0 WHERE id = it.id;
        UPDATE item_tags SET present = present WHERE item_id = it.id;
        RETURN verdict('applied', 'The rule had already acted on this item.', false);
    END IF;
    FOR e IN SELECT value FROM jsonb_array_elements(coalesce(p_payload->'effects', '[]'))
    LOOP
        CASE e->>'do'
        WHEN 'tag', 'untag' THEN
            SELECT id INTO v_tag FROM tags WHERE lower(name) = lower(e->>'tag');
            IF NOT FOUND THEN
                CONTINUE WHEN e->>'do' = 'untag';
                INSERT INTO tags (name) VALUES (e->>'tag') RETURNING id INTO v_tag;
            END IF;
            SELECT present INTO was FROM item_tags WHERE item_id = it.id AND tag_id = v_tag;
            CONTINUE WHEN coalesce(was, false) = (e->>'do' = 'tag');
            INSERT INTO item_tags (item_id, tag_id, present) VALUES (it.id, v_tag, e->>'do' = 'tag')
                ON CONFLICT (item_id, tag_id) DO UPDATE SET present = EXCLUDED.present;
            PERFORM journal_rule(r.name, p_station, p_op,
                                 CASE e->>'do' WHEN 'tag' THEN 'item.tagged'
                                                          ELSE 'item.untagged' END,
                                 it, NULL, e->>'tag', NULL);
        WHEN 'close' THEN
            CONTINUE WHEN it.status IN ('closed', 'hidden', 'deleted');
            UPDATE items SET status = 'closed', read = true WHERE id = it.id;
            PERFORM journal_rule(r.name, p_station, p_op, 'item.closed', it, it.status,
                                 'closed', NULL);
            it.status := 'closed';
        WHEN 'priority' THEN
            v_priority := greatest(-1, least(2, coalesce((e->>'value')::integer, 0)));
            CONTINUE WHEN it.priority = v_priority;
            UPDATE items SET priority = v_priority WHERE id = it.id;
            PERFORM journal_rule(r.name, p_station, p_op, 'item.priority', it,
                                 priority_word(it.priority), priority_word(v_priority), NULL);
            it.priority := v_priority;
        WHEN 'assign' THEN
            want := nullif(e->>'to', '');
            CONTINUE WHEN it.assignee IS DISTINCT FROM nullif(e->>'expected', '')
                          OR it.assignee IS NOT DISTINCT FROM want;
            CONTINUE WHEN want IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM operators WHERE login = want AND NOT disabled);
            UPDATE items SET assignee = want WHERE id = it.id;
            PERFORM journal_rule(r.name, p_station, p_op, 'item.assigned', it,
                                 coalesce(it.assignee, ''), coalesce(want, ''), NULL);
            it.assignee := want;
        WHEN 'hide', 'delete', 'reply' THEN
            CONTINUE WHEN coalesce(e->>'key', '') = '';
            INSERT INTO outbox (key, op_id, item_id, account_id, action, body, operator, station)
                VALUES ((e->>'key')::uuid, p_op, it.id, it.account_id, e->>'do',
                        coalesce(e->>'body', ''), me.login, p_station)
                ON CONFLICT (key) DO NOTHING;
            CONTINUE WHEN NOT FOUND;
            PERFORM journal_rule(r.name, p_station, p_op, 'outbox.' || (e->>'do'), it, it.text,
                                 coalesce(e->>'body', ''), NULL);
        ELSE
            NULL; -- what a newer station's rules do is not this server's business
        END CASE;
    END LOOP;
    RETURN verdict('applied', '', true);
END
$$;

ALTER FUNCTION apply_op(uuid, uuid, bigint, text, jsonb) RENAME TO apply_op_without_rules;

-- The checks every op passes before it is applied: the station is the caller's (its row
-- locked, so one station's ops go one at a time), an op seen before gets its first answer
-- (returned here), and the sequence has no gap. NULL: go ahead.
CREATE FUNCTION op_seen(p_op uuid, p_station uuid, p_seq bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    last bigint;
    answer jsonb;
BEGIN
    SELECT last_seq INTO last FROM stations
        WHERE id = p_station AND operator = session_user FOR UPDATE;
    IF last IS NULL THEN
        RAISE EXCEPTION 'Station % is not one of %''s stations', p_station, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT result INTO answer FROM ops WHERE op_id = p_op;
    IF answer IS NULL AND p_seq <> last + 1 THEN
        RAISE EXCEPTION 'Op % of station % arrived out of order', p_seq, p_station
            USING ERRCODE = 'FD001', DETAIL = format('expected=%s', last + 1);
    END IF;
    RETURN answer;
END
$$;

-- Rule ops; the others go on as before.
CREATE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text, p_payload jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    answer jsonb;
    me operators;
BEGIN
    IF p_kind NOT IN ('rule_save', 'rule_remove', 'rule_order', 'rule_fired') THEN
        RETURN apply_op_without_rules(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    answer := op_seen(p_op, p_station, p_seq);
    IF answer IS NOT NULL THEN
        RETURN answer;
    END IF;
    me := caller_even_disabled();
    IF me.login IS NULL THEN
        RAISE EXCEPTION '% is not a member of this Frontdesk team', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me.disabled THEN
        answer := verdict('rejected',
                          'Your account was disabled by a lead; this was not applied.', false);
    ELSIF p_kind = 'rule_fired' THEN
        answer := rule_fired(me, p_op, p_station, p_payload);
    ELSE
        answer := rule_edit(me, p_op, p_station, p_kind, p_payload);
    END IF;
    RETURN apply_op_done(me, p_op, p_station, p_seq, p_kind, p_payload, answer);
END
$$;

-- The person asking, disabled or not (a disabled person's queued ops are answered, not lost).
CREATE FUNCTION caller_even_disabled() RETURNS operators
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    SELECT * FROM operators WHERE login = session_user
$$;

REVOKE ALL ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                       changes(xid8, bigint, integer, text), pending_changes(xid8, bigint),
                       rule_changes(xid8, bigint, integer),
                       rule_edit(operators, uuid, uuid, text, jsonb),
                       rule_fired(operators, uuid, uuid, jsonb),
                       journal_rule(text, uuid, uuid, text, items, text, text, text),
                       priority_word(integer), op_seen(uuid, uuid, bigint),
                       caller_even_disabled()
    FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION apply_op_without_rules(uuid, uuid, bigint, text, jsonb)
    FROM fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          changes(xid8, bigint, integer, text),
                          rule_changes(xid8, bigint, integer),
                          pending_changes(xid8, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
