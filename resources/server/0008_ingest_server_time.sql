-- An item whose platform gave no time takes the server's clock when it is stored, never the
-- gateway's: a gateway whose clock is off changes nothing. (The first ingest took a missing
-- time as "five minutes from now".)

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

ALTER FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb) RENAME TO ingest_timed;

CREATE FUNCTION ingest(p_account bigint, p_station uuid, p_epoch bigint, p_expected_cursor text,
                       p_new_cursor text, p_items jsonb, p_deletions jsonb)
RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    SELECT ingest_timed(p_account, p_station, p_epoch, p_expected_cursor, p_new_cursor,
                        CASE WHEN jsonb_typeof(p_items) = 'array' THEN
                            (SELECT coalesce(jsonb_agg(
                                        CASE WHEN jsonb_typeof(it) = 'object'
                                                  AND jsonb_typeof(it->'created') IS DISTINCT
                                                      FROM 'number'
                                             THEN it || jsonb_build_object('created', ms(now()))
                                             ELSE it END
                                        ORDER BY n), '[]'::jsonb)
                                 FROM jsonb_array_elements(p_items) WITH ORDINALITY AS e (it, n))
                        ELSE p_items END,
                        p_deletions)
$$;

REVOKE ALL ON FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ingest_timed(bigint, uuid, bigint, text, text, jsonb, jsonb)
    FROM fd_gateway, fd_admin;
GRANT EXECUTE ON FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb)
    TO fd_gateway, fd_admin;
