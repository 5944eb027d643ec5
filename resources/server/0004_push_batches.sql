-- Push in batches: one call carries a run of a station's ops and answers their verdicts in the
-- same order. Each op goes through apply_op, so it is checked and applied exactly as when sent
-- alone (a repeated op id gets its first answer, sequence order is enforced with FD001); the
-- batch is one transaction, so an answer the station receives means every op in it is stored,
-- and a batch lost on the way changed nothing.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

-- p_ops: [{"op": uuid, "seq": n, "kind": text, "payload": {...}}, ...] in sequence order.
CREATE FUNCTION apply_ops(p_station uuid, p_ops jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    op jsonb;
    verdicts jsonb[] := '{}';
BEGIN
    IF jsonb_typeof(p_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'A batch of ops is a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(p_ops) > 1000 THEN
        RAISE EXCEPTION 'A batch holds at most 1000 ops, not %', jsonb_array_length(p_ops)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
        IF jsonb_typeof(op) IS DISTINCT FROM 'object' OR coalesce(op->>'op', '') = ''
           OR jsonb_typeof(op->'seq') IS DISTINCT FROM 'number'
           OR coalesce(op->>'kind', '') = '' THEN
            RAISE EXCEPTION 'Each op of a batch has an op id, a sequence number and a kind'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        verdicts := verdicts || apply_op((op->>'op')::uuid, p_station, (op->>'seq')::bigint,
                                         op->>'kind', coalesce(op->'payload', '{}'::jsonb));
    END LOOP;
    RETURN to_jsonb(verdicts);
END
$$;

REVOKE ALL ON FUNCTION apply_ops(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_ops(uuid, jsonb)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
