-- The team's meeting place. Run by `frontdeskctl team init` as a database administrator, inside
-- one transaction. Everything lives in schema fd, owned by the NOLOGIN role fd_owner; people log
-- in with their own roles, members of the group roles below, and read through row-level security.
-- Nobody but fd_owner writes a table: every change goes through a SECURITY DEFINER function that
-- checks who is asking (session_user), so the rules hold whatever client connects.

SET LOCAL client_min_messages = warning;

DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['fd_owner', 'fd_operator', 'fd_moderator', 'fd_lead', 'fd_admin',
                             'fd_gateway'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$roles$;

CREATE SCHEMA fd AUTHORIZATION fd_owner;
REVOKE ALL ON SCHEMA fd FROM PUBLIC;
GRANT USAGE ON SCHEMA fd TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;

SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Every synced row carries the transaction that last wrote it and a revision: a pull asks for
-- (txid, rev) past its cursor and below the oldest transaction still running, so a transaction
-- that commits late is read by the next pull instead of being skipped.
CREATE SEQUENCE rev_seq;

CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.txid := pg_current_xact_id();
    NEW.rev := nextval('fd.rev_seq');
    RETURN NEW;
END
$$;

CREATE TABLE operators (
    login text PRIMARY KEY, -- the PostgreSQL login role
    display_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('operator', 'moderator', 'lead', 'admin', 'gateway')),
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

-- A workstation of an operator: its ops are numbered 1, 2, 3, … and applied in that order.
CREATE TABLE stations (
    id uuid PRIMARY KEY,
    operator text NOT NULL REFERENCES operators(login),
    name text NOT NULL DEFAULT '',
    last_seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    seen_at timestamptz NOT NULL DEFAULT now()
);

-- Platform accounts. Tokens are never here: they stay in the keychains of the gateways.
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform text NOT NULL,
    name text NOT NULL UNIQUE,
    api_base text NOT NULL DEFAULT '',
    cursor text NOT NULL DEFAULT '',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

CREATE TABLE authors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform text NOT NULL,
    external_id text NOT NULL,
    name text NOT NULL DEFAULT '',
    handle text NOT NULL DEFAULT '',
    followers bigint,
    city text NOT NULL DEFAULT '',
    avatar_url text NOT NULL DEFAULT '',
    first_seen timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    UNIQUE (platform, external_id)
);

CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts(id),
    external_id text NOT NULL,
    text text NOT NULL DEFAULT '',
    url text NOT NULL DEFAULT '',
    created_at timestamptz,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    UNIQUE (account_id, external_id)
);

CREATE TABLE threads (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts(id),
    kind text NOT NULL CHECK (kind IN ('dialog', 'comments', 'mentions', 'reviews')),
    external_id text NOT NULL,
    post_id bigint REFERENCES posts(id),
    title text NOT NULL DEFAULT '',
    last_item_at timestamptz,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    UNIQUE (account_id, external_id)
);

-- Ids are ordered by creation time (created ms * 1000 + n) as in the stations' stores, so a
-- station keeps the server's id and its feed stays in time order.
CREATE TABLE items (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts(id),
    external_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('dm', 'comment', 'mention', 'review')),
    direction text NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    thread_id bigint REFERENCES threads(id),
    parent_external_id text NOT NULL DEFAULT '',
    post_id bigint REFERENCES posts(id),
    author_id bigint REFERENCES authors(id),
    text text NOT NULL DEFAULT '',
    attachments text NOT NULL DEFAULT '',
    rating integer NOT NULL DEFAULT 0,
    url text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    edited_at timestamptz,
    deleted_at timestamptz,
    status text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'open', 'waiting', 'closed', 'hidden', 'deleted')),
    assignee text REFERENCES operators(login),
    read boolean NOT NULL DEFAULT false,
    truncated boolean NOT NULL DEFAULT false,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    UNIQUE (account_id, external_id)
);

CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    color text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tags_by_name ON tags (lower(name));

-- A tag on an item is a register: set or cleared, the last applied op wins, and a cleared
-- register stays as a row so stations learn about the removal.
CREATE TABLE item_tags (
    item_id bigint NOT NULL REFERENCES items(id),
    tag_id bigint NOT NULL REFERENCES tags(id),
    present boolean NOT NULL,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, tag_id)
);

-- Internal notes: append-only.
CREATE TABLE notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint REFERENCES authors(id),
    thread_id bigint REFERENCES threads(id),
    operator text NOT NULL,
    body text NOT NULL,
    -- The key its station gave it: the station that wrote a note offline knows it again.
    key uuid UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    CHECK ((author_id IS NULL) <> (thread_id IS NULL))
);

-- Every op a station pushed, applied or rejected, with what it answered: a repeated op id gets
-- the same answer and changes nothing.
CREATE TABLE ops (
    op_id uuid PRIMARY KEY,
    station_id uuid NOT NULL REFERENCES stations(id),
    seq bigint NOT NULL,
    operator text NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    state text NOT NULL CHECK (state IN ('applied', 'rejected')),
    reason text NOT NULL DEFAULT '',
    result jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0,
    UNIQUE (station_id, seq)
);

-- Append-only history: who did what, when, before and after, with the text of anything hidden
-- or deleted. Triggers refuse UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE TABLE journal (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    operator text NOT NULL DEFAULT '',
    station uuid,
    op_id uuid,
    action text NOT NULL,
    item_id bigint,
    account_id bigint,
    before text NOT NULL DEFAULT '',
    after text NOT NULL DEFAULT '',
    detail text NOT NULL DEFAULT '',
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    rev bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The journal is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION journal_is_append_only();

DO $stamped$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['operators', 'accounts', 'authors', 'posts', 'threads', 'items',
                             'tags', 'item_tags', 'notes', 'ops', 'journal'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON fd.%I '
                       'FOR EACH ROW EXECUTE FUNCTION fd.stamp()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON fd.%I (txid, rev)', t || '_by_change', t);
    END LOOP;
END
$stamped$;
CREATE INDEX items_by_thread ON items (thread_id, id);

-- Who may read what. Row-level security is forced, so even the owner goes through a policy.
DO $policies$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['meta', 'operators', 'stations', 'accounts', 'authors', 'posts',
                             'threads', 'items', 'tags', 'item_tags', 'notes', 'ops',
                             'journal'] LOOP
        EXECUTE format('ALTER TABLE fd.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE fd.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON fd.%I TO fd_owner USING (true) '
                       'WITH CHECK (true)', t);
        EXECUTE format('REVOKE ALL ON fd.%I FROM PUBLIC', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['meta', 'operators', 'accounts', 'authors', 'posts', 'threads',
                             'items', 'tags', 'item_tags', 'notes', 'journal'] LOOP
        EXECUTE format('GRANT SELECT ON fd.%I TO fd_operator, fd_moderator, fd_lead, fd_admin, '
                       'fd_gateway', t);
        EXECUTE format('CREATE POLICY team_reads ON fd.%I FOR SELECT TO fd_operator, '
                       'fd_moderator, fd_lead, fd_admin, fd_gateway USING (true)', t);
    END LOOP;
END
$policies$;
-- Stations and ops: each person sees their own; leads and admins see everyone's.
GRANT SELECT ON stations, ops TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
CREATE POLICY own_stations ON stations FOR SELECT
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway
    USING (operator = session_user OR pg_has_role(session_user, 'fd_lead', 'MEMBER')
           OR pg_has_role(session_user, 'fd_admin', 'MEMBER'));
CREATE POLICY own_ops ON ops FOR SELECT
    TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway
    USING (operator = session_user OR pg_has_role(session_user, 'fd_lead', 'MEMBER')
           OR pg_has_role(session_user, 'fd_admin', 'MEMBER'));

INSERT INTO meta (key, value) VALUES ('created_at', now()::text);
