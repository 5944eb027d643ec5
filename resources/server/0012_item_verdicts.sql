-- The classifiers' verdicts and the priority travel with items: the gateway classifies each
-- customer item before it hands a batch over (language, sentiment, spam), ingest keeps the
-- verdicts, and every station pulls them into its own copy with the item's priority.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

ALTER TABLE items ADD COLUMN lang text NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN sentiment integer CHECK (sentiment BETWEEN -1 AND 1);
ALTER TABLE items ADD COLUMN spam boolean NOT NULL DEFAULT false;
-- -1 low, 0 normal, 1 high, 2 urgent.
ALTER TABLE items ADD COLUMN priority integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1 AND 2);

-- Ingest as before, then the verdicts of the items it inserted (an edit keeps the verdicts of
-- the first text, as in a station's own store). Bounded here: the gateway is trusted with
-- its batch, not with what a stray value could do to the columns.
ALTER FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb) RENAME TO ingest_unjudged;

CREATE FUNCTION ingest(p_account bigint, p_station uuid, p_epoch bigint, p_expected_cursor text,
                       p_new_cursor text, p_items jsonb, p_deletions jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    res jsonb := ingest_unjudged(p_account, p_station, p_epoch, p_expected_cursor, p_new_cursor,
                                 p_items, p_deletions);
BEGIN
    IF jsonb_typeof(p_items) = 'array' AND jsonb_array_length(res->'ids') > 0 THEN
        UPDATE items i
            SET lang = left(coalesce(e.it->>'lang', ''), 8),
                sentiment = CASE WHEN jsonb_typeof(e.it->'sentiment') = 'number'
                                 THEN greatest(-1, least(1, (e.it->>'sentiment')::integer))
                            END,
                spam = coalesce((e.it->>'spam')::boolean, false)
            FROM jsonb_array_elements(p_items) AS e (it)
            WHERE jsonb_typeof(e.it) = 'object' AND e.it ? 'lang'
              AND i.account_id = p_account AND i.external_id = e.it->>'external_id'
              AND i.id IN (SELECT (jsonb_array_elements_text(res->'ids'))::bigint)
              AND i.direction = 'in';
    END IF;
    RETURN res;
END
$$;

-- The changes feed carries the verdicts and the priority on each item row.
ALTER FUNCTION changes(xid8, bigint, integer, text) RENAME TO changes_of_unjudged;

CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT c.change_txid, c.change_rev, c.change_table,
           CASE WHEN c.change_table = 'items' THEN
               c.data || (SELECT jsonb_build_object('lang', i.lang, 'sentiment', i.sentiment,
                                                    'spam', i.spam, 'priority', i.priority)
                          FROM items i WHERE i.id = (c.data->>'id')::bigint)
           ELSE c.data END
    FROM changes_of_unjudged(p_txid, p_rev, p_limit, p_only) AS c
$$;

-- The feed runs as the caller (row-level security decides what each person reads), so the
-- function it wraps stays theirs to call; the wrapped ingest is the owner's alone.
REVOKE ALL ON FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb),
                       changes(xid8, bigint, integer, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ingest_unjudged(bigint, uuid, bigint, text, text, jsonb, jsonb)
    FROM fd_gateway, fd_admin;
GRANT EXECUTE ON FUNCTION ingest(bigint, uuid, bigint, text, text, jsonb, jsonb)
    TO fd_gateway, fd_admin;
GRANT EXECUTE ON FUNCTION changes(xid8, bigint, integer, text)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
