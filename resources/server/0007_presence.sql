-- Presence for the console: teammates see the name of each other's station while it is online.
-- Stations stay private to their operator (and leads); fd.online() reads them as their owner,
-- showing only the name of a station seen within the last minute. Written to be applied again
-- harmlessly.

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE OR REPLACE FUNCTION online()
RETURNS TABLE (operator text, display_name text, station uuid, station_name text,
               viewing bigint, idle_ms bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = fd, pg_temp AS $$
    SELECT p.operator, coalesce(o.display_name, p.operator), p.station, coalesce(s.name, ''),
           p.viewing, ms(now()) - ms(p.seen_at)
    FROM presence p
    LEFT JOIN operators o ON o.login = p.operator
    LEFT JOIN stations s ON s.id = p.station
    WHERE p.seen_at > now() - interval '60 seconds'
$$;

REVOKE ALL ON FUNCTION online() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION online() TO fd_operator, fd_moderator, fd_lead, fd_admin, fd_gateway;
