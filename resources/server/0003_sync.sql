-- Sync: the changes feed stations pull, the wake-up they listen for, gateways' leases and their
-- fenced ingest, and claims on conversations.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

-- Wake-up: one content-free notification per committed transaction that changed synced rows
-- (PostgreSQL folds identical notifications of a transaction into one).
CREATE FUNCTION notify_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fd_changed', '');
    RETURN NULL;
END
$$;

DO $notify$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['operators', 'accounts', 'authors', 'posts', 'threads', 'items',
                             'tags', 'item_tags', 'notes'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON fd.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION fd.notify_changed()',
                       t || '_notify', t);
    END LOOP;
END
$notify$;

-- Milliseconds since the epoch. No SET clause, so the planner inlines it.
CREATE FUNCTION ms(t timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT (extract(epoch FROM t) * 1000)::bigint
$$;

-- Everything a station keeps, changed after (txid, rev), in that order. Only changes of
-- transactions older than every transaction still running are returned: one that commits late
-- has a smaller id than changes already visible, and reading past it would skip its rows.
-- Runs as the caller, so row-level security decides what each person receives. Each table gives
-- at most a page of its oldest changes (read along its (txid, rev) index), so a page costs the
-- same however far behind the station is. With p_only, one table's changes alone (a first pull
-- reads table by table, parents before the rows that point to them).
CREATE FUNCTION changes(p_txid xid8, p_rev bigint, p_limit integer, p_only text DEFAULT NULL)
RETURNS TABLE (change_txid xid8, change_rev bigint, change_table text, data jsonb)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT * FROM (
        (SELECT o.txid, o.rev, 'operators', jsonb_build_object(
                   'login', o.login, 'display_name', o.display_name, 'role', o.role,
                   'disabled', o.disabled, 'created', ms(o.created_at))
            FROM operators o, horizon h
            WHERE (o.txid, o.rev) > (p_txid, p_rev) AND o.txid < h.x
              AND (p_only IS NULL OR p_only = 'operators')
            ORDER BY o.txid, o.rev LIMIT p_limit)
        UNION ALL
        (SELECT a.txid, a.rev, 'accounts', jsonb_build_object(
                   'id', a.id, 'platform', a.platform, 'name', a.name, 'api_base', a.api_base,
                   'cursor', a.cursor, 'enabled', a.enabled, 'created', ms(a.created_at))
            FROM accounts a, horizon h
            WHERE (a.txid, a.rev) > (p_txid, p_rev) AND a.txid < h.x
              AND (p_only IS NULL OR p_only = 'accounts')
            ORDER BY a.txid, a.rev LIMIT p_limit)
        UNION ALL
        (SELECT u.txid, u.rev, 'authors', jsonb_build_object(
                   'id', u.id, 'platform', u.platform, 'external_id', u.external_id,
                   'name', u.name, 'handle', u.handle, 'followers', u.followers, 'city', u.city,
                   'avatar_url', u.avatar_url, 'first_seen', ms(u.first_seen))
            FROM authors u, horizon h
            WHERE (u.txid, u.rev) > (p_txid, p_rev) AND u.txid < h.x
              AND (p_only IS NULL OR p_only = 'authors')
            ORDER BY u.txid, u.rev LIMIT p_limit)
        UNION ALL
        (SELECT p.txid, p.rev, 'posts', jsonb_build_object(
                   'id', p.id, 'account_id', p.account_id, 'external_id', p.external_id,
                   'text', p.text, 'url', p.url, 'created', ms(p.created_at))
            FROM posts p, horizon h
            WHERE (p.txid, p.rev) > (p_txid, p_rev) AND p.txid < h.x
              AND (p_only IS NULL OR p_only = 'posts')
            ORDER BY p.txid, p.rev LIMIT p_limit)
        UNION ALL
        (SELECT t.txid, t.rev, 'threads', jsonb_build_object(
                   'id', t.id, 'account_id', t.account_id, 'kind', t.kind,
                   'external_id', t.external_id, 'post_id', t.post_id, 'title', t.title,
                   'last_item', ms(t.last_item_at))
            FROM threads t, horizon h
            WHERE (t.txid, t.rev) > (p_txid, p_rev) AND t.txid < h.x
              AND (p_only IS NULL OR p_only = 'threads')
            ORDER BY t.txid, t.rev LIMIT p_limit)
        UNION ALL
        (SELECT i.txid, i.rev, 'items', jsonb_build_object(
                   'id', i.id, 'account_id', i.account_id, 'external_id', i.external_id,
                   'kind', i.kind, 'direction', i.direction, 'thread_id', i.thread_id,
                   'parent_external_id', i.parent_external_id, 'post_id', i.post_id,
                   'author_id', i.author_id, 'text', i.text, 'attachments', i.attachments,
                   'rating', i.rating, 'url', i.url, 'created', ms(i.created_at),
                   'received', ms(i.received_at), 'edited', ms(i.edited_at),
                   'deleted', ms(i.deleted_at), 'status', i.status, 'assignee', i.assignee,
                   'read', i.read, 'truncated', i.truncated)
            FROM items i, horizon h
            WHERE (i.txid, i.rev) > (p_txid, p_rev) AND i.txid < h.x
              AND (p_only IS NULL OR p_only = 'items')
            ORDER BY i.txid, i.rev LIMIT p_limit)
        UNION ALL
        (SELECT g.txid, g.rev, 'tags', jsonb_build_object(
                   'id', g.id, 'name', g.name, 'color', g.color, 'created', ms(g.created_at))
            FROM tags g, horizon h
            WHERE (g.txid, g.rev) > (p_txid, p_rev) AND g.txid < h.x
              AND (p_only IS NULL OR p_only = 'tags')
            ORDER BY g.txid, g.rev LIMIT p_limit)
        UNION ALL
        -- A tag on an item travels with the tag's name: stations match tags by name.
        (SELECT it.txid, it.rev, 'item_tags', jsonb_build_object(
                   'item_id', it.item_id, 'tag', g.name, 'present', it.present)
            FROM item_tags it JOIN tags g ON g.id = it.tag_id, horizon h
            WHERE (it.txid, it.rev) > (p_txid, p_rev) AND it.txid < h.x
              AND (p_only IS NULL OR p_only = 'item_tags')
            ORDER BY it.txid, it.rev LIMIT p_limit)
        UNION ALL
        (SELECT n.txid, n.rev, 'notes', jsonb_build_object(
                   'id', n.id, 'key', n.key, 'author_id', n.author_id, 'thread_id', n.thread_id,
                   'operator', n.operator, 'body', n.body, 'created', ms(n.created_at))
            FROM notes n, horizon h
            WHERE (n.txid, n.rev) > (p_txid, p_rev) AND n.txid < h.x
              AND (p_only IS NULL OR p_only = 'notes')
            ORDER BY n.txid, n.rev LIMIT p_limit)
    ) AS c (txid, rev, tbl, data)
    ORDER BY c.txid, c.rev
    LIMIT p_limit
$$;

-- How many rows a first pull has ahead of it (for its progress), in the caller's snapshot.
CREATE FUNCTION pending_changes(p_txid xid8, p_rev bigint) RETURNS bigint
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT (SELECT count(*) FROM operators WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM accounts WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM authors WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM posts WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM threads WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM items WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM tags WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM item_tags WHERE (txid, rev) > (p_txid, p_rev))
         + (SELECT count(*) FROM notes WHERE (txid, rev) > (p_txid, p_rev))
$$;

-- ---------------------------------------------------------------------------------------------
-- Gateways: one lease per account decides which station polls it.

CREATE TABLE leases (
    account_id bigint PRIMARY KEY REFERENCES accounts(id),
    station uuid NOT NULL REFERENCES stations(id),
    holder text NOT NULL,
    epoch bigint NOT NULL,
    acquired_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
ALTER TABLE leases ENABLE ROW LEVEL SECURITY;
ALTER TABLE leases FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON leases TO fd_owner USING (true) WITH CHECK (true);
REVOKE ALL ON leases FROM PUBLIC;
GRANT SELECT ON leases TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
CREATE POLICY team_reads ON leases FOR SELECT
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway USING (true);

-- Refuses a station that is not the caller's.
CREATE FUNCTION own_station(me operators, p_station uuid) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM stations WHERE id = p_station AND operator = me.login) THEN
        RAISE EXCEPTION 'Station % is not one of %''s stations', p_station, me.login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION is_gateway(who text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    SELECT has_role(who, 'fd_gateway') OR has_role(who, 'fd_admin')
$$;

-- A gateway registers an account it holds the token for (or finds it again by name).
CREATE FUNCTION register_account(p_platform text, p_name text, p_api_base text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    found_account accounts;
BEGIN
    IF NOT is_gateway(me.login) THEN
        RAISE EXCEPTION 'Only a gateway or an administrator adds accounts to the team'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO found_account FROM accounts WHERE name = p_name;
    IF FOUND THEN
        IF found_account.platform <> p_platform THEN
            RAISE EXCEPTION 'The team already has a % account named "%"', found_account.platform,
                p_name USING ERRCODE = 'duplicate_object';
        END IF;
        IF found_account.api_base <> p_api_base THEN
            UPDATE accounts SET api_base = p_api_base WHERE id = found_account.id;
        END IF;
        RETURN found_account.id;
    END IF;
    INSERT INTO accounts (platform, name, api_base) VALUES (p_platform, p_name, p_api_base)
        RETURNING id INTO found_account.id;
    INSERT INTO journal (operator, action, account_id, detail)
        VALUES (me.login, 'account.added', found_account.id, p_platform || ': ' || p_name);
    RETURN found_account.id;
END
$$;

-- Takes or renews the lease on an account. The holder keeps its epoch while it renews in time;
-- a new holder (after the lease ran out by the server's clock) starts the next epoch, which
-- fences off anything the old one still sends. Answers {held, epoch, holder, remaining_ms}.
CREATE FUNCTION acquire_lease(p_account bigint, p_station uuid, p_seconds integer DEFAULT 30)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    l leases;
BEGIN
    IF NOT is_gateway(me.login) THEN
        RAISE EXCEPTION 'Only a gateway polls accounts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM own_station(me, p_station);
    IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = p_account) THEN
        RAISE EXCEPTION 'The team has no account %', p_account USING ERRCODE = 'undefined_object';
    END IF;
    p_seconds := least(greatest(p_seconds, 5), 300);
    SELECT * INTO l FROM leases WHERE account_id = p_account FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO leases (account_id, station, holder, epoch, expires_at)
            VALUES (p_account, p_station, me.login, 1, now() + make_interval(secs => p_seconds))
            RETURNING * INTO l;
        INSERT INTO journal (operator, station, action, account_id, detail)
            VALUES (me.login, p_station, 'lease.taken', p_account, 'epoch 1');
    ELSIF l.station = p_station AND l.expires_at > now() THEN
        UPDATE leases SET expires_at = now() + make_interval(secs => p_seconds)
            WHERE account_id = p_account RETURNING * INTO l;
    ELSIF l.expires_at <= now() THEN
        UPDATE leases SET station = p_station, holder = me.login, epoch = l.epoch + 1,
                          acquired_at = now(),
                          expires_at = now() + make_interval(secs => p_seconds)
            WHERE account_id = p_account RETURNING * INTO l;
        INSERT INTO journal (operator, station, action, account_id, detail)
            VALUES (me.login, p_station, 'lease.taken', p_account, 'epoch ' || l.epoch);
    ELSE
        RETURN jsonb_build_object('held', false, 'epoch', l.epoch, 'holder', l.holder,
                                  'remaining_ms', ms(l.expires_at) - ms(now()));
    END IF;
    RETURN jsonb_build_object('held', true, 'epoch', l.epoch, 'holder', l.holder,
                              'remaining_ms', ms(l.expires_at) - ms(now()),
                              'cursor', (SELECT cursor FROM accounts WHERE id = p_account));
END
$$;

-- A gateway going away on purpose lets the next one start at once.
CREATE FUNCTION release_lease(p_account bigint, p_station uuid, p_epoch bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
BEGIN
    UPDATE leases SET expires_at = now()
        WHERE account_id = p_account AND station = p_station AND epoch = p_epoch
          AND holder = me.login AND expires_at > now();
    RETURN FOUND;
END
$$;

-- One poll's worth of items from the lease holder, all or nothing: refused (FD002) unless the
-- caller holds the account's lease in this epoch, and (FD003) unless the account's cursor is
-- still the one the batch was polled from. Items arrive normalised by the gateway; they are
-- de-duplicated on (account, external id), edits keep the old text in the journal, deletions
-- keep the text. Ids are ordered by creation time, as in the stations' stores.
CREATE FUNCTION ingest(p_account bigint, p_station uuid, p_epoch bigint, p_expected_cursor text,
                       p_new_cursor text, p_items jsonb, p_deletions jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    l leases;
    acc accounts;
    it jsonb;
    del jsonb;
    old items;
    v_author bigint;
    v_post bigint;
    v_thread bigint;
    v_id bigint;
    v_base bigint;
    v_created timestamptz;
    inserted integer := 0;
    edited integer := 0;
    duplicates integer := 0;
    deleted integer := 0;
    restored integer := 0;
    ids bigint[] := '{}';
BEGIN
    SELECT * INTO l FROM leases WHERE account_id = p_account;
    IF NOT FOUND OR l.station <> p_station OR l.holder <> me.login OR l.epoch <> p_epoch
       OR l.expires_at <= now() THEN
        RAISE EXCEPTION 'This station no longer holds the lease on account %', p_account
            USING ERRCODE = 'FD002',
                  DETAIL = format('epoch=%s holder=%s', coalesce(l.epoch, 0),
                                  coalesce(l.holder, ''));
    END IF;
    SELECT * INTO acc FROM accounts WHERE id = p_account FOR UPDATE;
    IF acc.cursor IS DISTINCT FROM p_expected_cursor THEN
        RAISE EXCEPTION 'The account''s position moved on since this batch was polled'
            USING ERRCODE = 'FD003', DETAIL = format('cursor=%s', acc.cursor);
    END IF;
    -- Ids are chosen one ingest at a time.
    PERFORM pg_advisory_xact_lock(hashtext('fd.items.id'));

    FOR it IN SELECT * FROM jsonb_array_elements(coalesce(p_items, '[]'::jsonb)) LOOP
        SELECT * INTO old FROM items
            WHERE account_id = p_account AND external_id = it->>'external_id';
        IF FOUND THEN
            IF old.text = it->>'text' AND old.attachments = coalesce(it->>'attachments', '') THEN
                duplicates := duplicates + 1;
                CONTINUE;
            END IF;
            UPDATE items SET text = it->>'text', attachments = coalesce(it->>'attachments', ''),
                             edited_at = coalesce(to_timestamp((it->>'edited')::bigint / 1000.0),
                                                  now()),
                             truncated = coalesce((it->>'truncated')::boolean, false)
                WHERE id = old.id;
            IF old.text <> it->>'text' THEN
                INSERT INTO journal (operator, station, action, item_id, account_id, before,
                                     after)
                    VALUES (me.login, p_station, 'item.edited', old.id, p_account, old.text,
                            it->>'text');
            END IF;
            edited := edited + 1;
            CONTINUE;
        END IF;

        v_author := NULL;
        IF jsonb_typeof(it->'author') = 'object' AND coalesce(it->'author'->>'external_id', '') <> ''
        THEN
            INSERT INTO authors (platform, external_id, name, handle, followers, city, avatar_url)
                VALUES (acc.platform, it->'author'->>'external_id',
                        coalesce(it->'author'->>'name', ''), coalesce(it->'author'->>'handle', ''),
                        (it->'author'->>'followers')::bigint, coalesce(it->'author'->>'city', ''),
                        coalesce(it->'author'->>'avatar_url', ''))
                ON CONFLICT (platform, external_id) DO UPDATE
                    SET name = coalesce(nullif(EXCLUDED.name, ''), authors.name),
                        handle = coalesce(nullif(EXCLUDED.handle, ''), authors.handle),
                        followers = coalesce(EXCLUDED.followers, authors.followers),
                        city = coalesce(nullif(EXCLUDED.city, ''), authors.city),
                        avatar_url = coalesce(nullif(EXCLUDED.avatar_url, ''), authors.avatar_url)
                    WHERE (authors.name, authors.handle, authors.followers, authors.city,
                           authors.avatar_url)
                          IS DISTINCT FROM
                          (coalesce(nullif(EXCLUDED.name, ''), authors.name),
                           coalesce(nullif(EXCLUDED.handle, ''), authors.handle),
                           coalesce(EXCLUDED.followers, authors.followers),
                           coalesce(nullif(EXCLUDED.city, ''), authors.city),
                           coalesce(nullif(EXCLUDED.avatar_url, ''), authors.avatar_url))
                RETURNING id INTO v_author;
            IF v_author IS NULL THEN
                SELECT id INTO v_author FROM authors
                    WHERE platform = acc.platform AND external_id = it->'author'->>'external_id';
            END IF;
        END IF;

        v_post := NULL;
        IF jsonb_typeof(it->'post') = 'object' AND coalesce(it->'post'->>'external_id', '') <> ''
        THEN
            INSERT INTO posts (account_id, external_id, text, url, created_at)
                VALUES (p_account, it->'post'->>'external_id', coalesce(it->'post'->>'text', ''),
                        coalesce(it->'post'->>'url', ''),
                        to_timestamp((it->'post'->>'created')::bigint / 1000.0))
                ON CONFLICT (account_id, external_id) DO UPDATE
                    SET text = coalesce(nullif(EXCLUDED.text, ''), posts.text),
                        url = coalesce(nullif(EXCLUDED.url, ''), posts.url)
                    WHERE (posts.text, posts.url) IS DISTINCT FROM
                          (coalesce(nullif(EXCLUDED.text, ''), posts.text),
                           coalesce(nullif(EXCLUDED.url, ''), posts.url))
                RETURNING id INTO v_post;
            IF v_post IS NULL THEN
                SELECT id INTO v_post FROM posts
                    WHERE account_id = p_account AND external_id = it->'post'->>'external_id';
            END IF;
        END IF;

        v_created := least(to_timestamp((it->>'created')::bigint / 1000.0),
                           now() + interval '5 minutes');
        SELECT id INTO v_thread FROM threads
            WHERE account_id = p_account AND external_id = it->'thread'->>'external_id';
        IF NOT FOUND THEN
            INSERT INTO threads (account_id, kind, external_id, post_id, title, last_item_at)
                VALUES (p_account, it->'thread'->>'kind', it->'thread'->>'external_id', v_post,
                        coalesce(it->'thread'->>'title', ''), v_created)
                RETURNING id INTO v_thread;
        ELSE
            UPDATE threads SET last_item_at = v_created
                WHERE id = v_thread AND (last_item_at IS NULL OR last_item_at < v_created);
        END IF;

        -- created ms × 1000, or the next free id in that millisecond's window and after.
        v_base := ms(v_created) * 1000;
        SELECT coalesce(max(id) + 1, v_base) INTO v_id FROM items
            WHERE id >= v_base AND id < v_base + 1000000;
        WHILE EXISTS (SELECT 1 FROM items WHERE id = v_id) LOOP
            v_id := v_id + 1;
        END LOOP;

        INSERT INTO items (id, account_id, external_id, kind, direction, thread_id,
                           parent_external_id, post_id, author_id, text, attachments, rating,
                           url, created_at, edited_at, status, truncated)
            VALUES (v_id, p_account, it->>'external_id', it->>'kind',
                    coalesce(it->>'direction', 'in'), v_thread,
                    coalesce(it->>'parent_external_id', ''), v_post, v_author, it->>'text',
                    coalesce(it->>'attachments', ''), coalesce((it->>'rating')::integer, 0),
                    coalesce(it->>'url', ''), v_created,
                    to_timestamp((it->>'edited')::bigint / 1000.0),
                    coalesce(it->>'status', 'new'),
                    coalesce((it->>'truncated')::boolean, false));
        inserted := inserted + 1;
        ids := ids || v_id;
    END LOOP;

    FOR del IN SELECT * FROM jsonb_array_elements(coalesce(p_deletions, '[]'::jsonb)) LOOP
        SELECT * INTO old FROM items
            WHERE account_id = p_account AND external_id = del->>'external_id' FOR UPDATE;
        CONTINUE WHEN NOT FOUND;
        IF coalesce((del->>'restored')::boolean, false) THEN
            CONTINUE WHEN old.status <> 'deleted';
            UPDATE items SET status = CASE WHEN read THEN 'open' ELSE 'new' END, deleted_at = NULL
                WHERE id = old.id;
            INSERT INTO journal (operator, station, action, item_id, account_id, after)
                VALUES (me.login, p_station, 'item.restored', old.id, p_account, old.text);
            restored := restored + 1;
        ELSE
            CONTINUE WHEN old.status = 'deleted';
            UPDATE items SET status = 'deleted',
                             deleted_at = coalesce(to_timestamp((del->>'deleted')::bigint / 1000.0),
                                                   now())
                WHERE id = old.id;
            INSERT INTO journal (operator, station, action, item_id, account_id, before, detail)
                VALUES (me.login, p_station, 'item.deleted', old.id, p_account, old.text,
                        'status was ' || old.status
                            || coalesce('; deleted by ' || nullif(del->>'deleted_by', ''), ''));
            deleted := deleted + 1;
        END IF;
    END LOOP;

    IF p_new_cursor IS NOT NULL AND p_new_cursor IS DISTINCT FROM acc.cursor THEN
        UPDATE accounts SET cursor = p_new_cursor WHERE id = p_account;
    END IF;
    RETURN jsonb_build_object('inserted', inserted, 'edited', edited, 'duplicates', duplicates,
                              'deleted', deleted, 'restored', restored, 'ids', to_jsonb(ids));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Claims: the person whose composer is open on a conversation holds it until the claim runs
-- out by the server's clock; the fencing number lets a send check it still holds it.

CREATE SEQUENCE claim_fence;

CREATE TABLE claims (
    thread_id bigint PRIMARY KEY REFERENCES threads(id),
    operator text NOT NULL,
    station uuid NOT NULL,
    fence bigint NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);

-- Who is at which station now, and what they look at.
CREATE TABLE presence (
    station uuid PRIMARY KEY REFERENCES stations(id),
    operator text NOT NULL,
    viewing bigint,
    seen_at timestamptz NOT NULL DEFAULT now()
);

DO $policies$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['claims', 'presence'] LOOP
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
$policies$;

CREATE FUNCTION notify_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fd_claims', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims
    FOR EACH STATEMENT EXECUTE FUNCTION notify_claims();
CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence
    FOR EACH STATEMENT EXECUTE FUNCTION notify_claims();

-- Claims or renews a conversation. Answers {won, fence, holder, holder_name, remaining_ms}: the
-- holder renewing keeps its fence; a claim that ran out goes to whoever asks next.
CREATE FUNCTION claim(p_thread bigint, p_station uuid, p_seconds integer DEFAULT 90)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
    c claims;
BEGIN
    PERFORM own_station(me, p_station);
    IF NOT EXISTS (SELECT 1 FROM threads WHERE id = p_thread) THEN
        RAISE EXCEPTION 'The team has no conversation %', p_thread
            USING ERRCODE = 'undefined_object';
    END IF;
    p_seconds := least(greatest(p_seconds, 10), 600);
    INSERT INTO claims (thread_id, operator, station, fence, expires_at)
        VALUES (p_thread, me.login, p_station, nextval('claim_fence'),
                now() + make_interval(secs => p_seconds))
        ON CONFLICT (thread_id) DO UPDATE
            SET operator = EXCLUDED.operator, station = EXCLUDED.station,
                fence = CASE WHEN claims.station = EXCLUDED.station
                                  AND claims.expires_at > now()
                             THEN claims.fence ELSE EXCLUDED.fence END,
                claimed_at = CASE WHEN claims.station = EXCLUDED.station
                                       AND claims.expires_at > now()
                                  THEN claims.claimed_at ELSE now() END,
                expires_at = EXCLUDED.expires_at
            WHERE claims.station = EXCLUDED.station OR claims.expires_at <= now()
        RETURNING * INTO c;
    IF c.thread_id IS NULL THEN
        SELECT * INTO c FROM claims WHERE thread_id = p_thread;
        RETURN jsonb_build_object('won', false, 'fence', 0, 'holder', c.operator,
                                  'holder_name', (SELECT display_name FROM operators
                                                  WHERE login = c.operator),
                                  'remaining_ms', ms(c.expires_at) - ms(now()));
    END IF;
    RETURN jsonb_build_object('won', true, 'fence', c.fence, 'holder', c.operator,
                              'holder_name', me.display_name,
                              'remaining_ms', ms(c.expires_at) - ms(now()));
END
$$;

-- Lets go of a claim (the composer closed, or the reply went).
CREATE FUNCTION release_claim(p_thread bigint, p_station uuid, p_fence bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
BEGIN
    DELETE FROM claims
        WHERE thread_id = p_thread AND station = p_station AND fence = p_fence
          AND operator = me.login;
    RETURN FOUND;
END
$$;

-- Live claims, each with the time it has left by the server's clock: stations count down from
-- their own monotonic clock, so a station whose wall clock is off sees the same expiry.
CREATE FUNCTION live_claims()
RETURNS TABLE (thread_id bigint, operator text, display_name text, station uuid,
               remaining_ms bigint)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT c.thread_id, c.operator, coalesce(o.display_name, c.operator), c.station,
           ms(c.expires_at) - ms(now())
    FROM claims c LEFT JOIN operators o ON o.login = c.operator
    WHERE c.expires_at > now()
$$;

-- A station says it is here, and what it is looking at (a conversation, or nothing).
CREATE FUNCTION heartbeat(p_station uuid, p_viewing bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = fd, pg_temp AS $$
DECLARE
    me operators := caller();
BEGIN
    PERFORM own_station(me, p_station);
    INSERT INTO presence (station, operator, viewing) VALUES (p_station, me.login, p_viewing)
        ON CONFLICT (station) DO UPDATE
            SET operator = EXCLUDED.operator, viewing = EXCLUDED.viewing, seen_at = now();
    UPDATE stations SET seen_at = now() WHERE id = p_station;
END
$$;

-- Who is online (seen within the last minute by the server's clock) and what they look at.
CREATE FUNCTION online()
RETURNS TABLE (operator text, display_name text, station uuid, station_name text,
               viewing bigint, idle_ms bigint)
LANGUAGE sql STABLE SET search_path = fd, pg_temp AS $$
    SELECT p.operator, coalesce(o.display_name, p.operator), p.station, coalesce(s.name, ''),
           p.viewing, ms(now()) - ms(p.seen_at)
    FROM presence p
    LEFT JOIN operators o ON o.login = p.operator
    LEFT JOIN stations s ON s.id = p.station
    WHERE p.seen_at > now() - interval '60 seconds'
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_op(uuid, uuid, bigint, text, jsonb),
                          register_station(uuid, text)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
GRANT EXECUTE ON FUNCTION disable_operator(text) TO fd_lead, fd_admin;
GRANT EXECUTE ON FUNCTION add_operator(text, text, text, text) TO fd_admin;
GRANT EXECUTE ON FUNCTION changes(xid8, bigint, integer, text), pending_changes(xid8, bigint), ms(timestamptz),
                          live_claims(), online(), heartbeat(uuid, bigint),
                          claim(bigint, uuid, integer), release_claim(bigint, uuid, bigint)
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
GRANT EXECUTE ON FUNCTION register_account(text, text, text), acquire_lease(bigint, uuid, integer),
                          release_lease(bigint, uuid, bigint),
                          ingest(bigint, uuid, bigint, text, text, jsonb, jsonb)
    TO fd_gateway, fd_admin;
