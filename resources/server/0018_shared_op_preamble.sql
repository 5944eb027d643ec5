-- The checks every op passes before its own work, in one function. Each family of ops added
-- since the first (outbox, handovers, rules, shift sessions, promises, the schedule) wrapped
-- apply_op and ran the same checks again; here each wrapper keeps its place and its kinds and
-- hands the checks to op_preamble. What stations get back is unchanged.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

-- op_seen's checks (the caller's station, locked; an op seen before gets its first answer; no
-- gap in the sequence), then the caller must be in the team. A disabled member's op is answered
-- and recorded as refused, so their queue does not jam. `answer` set: the op is done, return
-- it; NULL: apply it as `me`.
CREATE FUNCTION op_preamble(p_op uuid, p_station uuid, p_seq bigint, p_kind text,
                            p_payload jsonb, OUT me operators, OUT answer jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
BEGIN
    answer := op_seen(p_op, p_station, p_seq);
    IF answer IS NULL THEN
        me := caller_even_disabled();
        IF me.login IS NULL THEN
            RAISE EXCEPTION '% is not a member of this Frontdesk team', session_user
                USING ERRCODE = 'insufficient_privilege';
        ELSIF me.disabled THEN
            answer := apply_op_done(me, p_op, p_station, p_seq, p_kind, p_payload,
                                    verdict('rejected', 'Your account was disabled by a lead; '
                                            'this was not applied.', false));
        END IF;
    END IF;
END
$$;

-- The wrappers from the oldest to the newest, by the names they carry now (each was renamed
-- when the next one took the name apply_op).

-- 0005: replies and moderation actions, for the gateway to deliver.
CREATE OR REPLACE FUNCTION apply_op_before_shifts(p_op uuid, p_station uuid, p_seq bigint,
                                                  p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind NOT IN ('reply', 'delete', 'hide', 'unhide', 'ban', 'retry') THEN
        RETURN apply_item_op(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         queue_outgoing(pre.me, p_op, p_station, p_kind, p_payload));
END
$$;

-- 0013: handovers, their acknowledgements, notes for the next shift.
CREATE OR REPLACE FUNCTION apply_op_without_rules(p_op uuid, p_station uuid, p_seq bigint,
                                                  p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind NOT IN ('handover', 'handover_ack', 'shift_note') THEN
        RETURN apply_op_before_shifts(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         shift_op(pre.me, p_op, p_station, p_kind, p_payload));
END
$$;

-- 0014: team rules, edited and fired.
CREATE OR REPLACE FUNCTION apply_op_before_shift_sessions(p_op uuid, p_station uuid,
                                                          p_seq bigint, p_kind text,
                                                          p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind NOT IN ('rule_save', 'rule_remove', 'rule_order', 'rule_fired') THEN
        RETURN apply_op_without_rules(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         CASE WHEN p_kind = 'rule_fired'
                              THEN rule_fired(pre.me, p_op, p_station, p_payload)
                              ELSE rule_edit(pre.me, p_op, p_station, p_kind, p_payload) END);
END
$$;

-- 0015: shifts and breaks as operators work them.
CREATE OR REPLACE FUNCTION apply_op_before_promises(p_op uuid, p_station uuid, p_seq bigint,
                                                    p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind NOT IN ('shift_start', 'shift_end', 'break_start', 'break_end') THEN
        RETURN apply_op_before_shift_sessions(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         shift_state_op(pre.me, p_op, p_station, p_kind, p_payload));
END
$$;

-- 0016: promises made in replies.
CREATE OR REPLACE FUNCTION apply_op_before_schedule(p_op uuid, p_station uuid, p_seq bigint,
                                                    p_kind text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind <> 'promise' THEN
        RETURN apply_op_before_promises(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         promise_op(pre.me, p_op, p_station, p_payload));
END
$$;

-- 0017: the schedule.
CREATE OR REPLACE FUNCTION apply_op(p_op uuid, p_station uuid, p_seq bigint, p_kind text,
                                    p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    pre record;
BEGIN
    IF p_kind NOT IN ('shift_save', 'shift_remove', 'shift_responsible', 'shift_rotation') THEN
        RETURN apply_op_before_schedule(p_op, p_station, p_seq, p_kind, p_payload);
    END IF;
    pre := op_preamble(p_op, p_station, p_seq, p_kind, p_payload);
    IF pre.answer IS NOT NULL THEN
        RETURN pre.answer;
    END IF;
    RETURN apply_op_done(pre.me, p_op, p_station, p_seq, p_kind, p_payload,
                         schedule_op(pre.me, p_op, p_station, p_kind, p_payload));
END
$$;

REVOKE ALL ON FUNCTION op_preamble(uuid, uuid, bigint, text, jsonb) FROM PUBLIC;
