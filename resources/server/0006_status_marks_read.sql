-- Closing or reopening an item means the person has read it, at the station as on the server,
-- and reopening an item nobody has touched yet opens it: the server's state machine does what
-- the console does, so a station's own change never differs from what the server keeps (a
-- reopened new item stayed new on the server while the station that reopened it showed it open,
-- and nothing made the station pull it again).

SET LOCAL client_min_messages = warning;
SET LOCAL ROLE fd_owner;
SET LOCAL search_path = fd, pg_temp;

CREATE OR REPLACE FUNCTION op_status(me operators, p_op uuid, p_station uuid, p_kind text,
                                     it items)
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
    IF it.status = target AND it.read THEN
        RETURN verdict('applied', '', false);
    END IF;
    UPDATE items SET status = target, read = true WHERE id = it.id;
    IF it.status <> target THEN
        INSERT INTO journal (operator, station, op_id, action, item_id, account_id, before, after)
            VALUES (me.login, p_station, p_op,
                    CASE p_kind WHEN 'reopen' THEN 'item.reopened'
                                WHEN 'close_without_reply' THEN 'item.closed_without_reply'
                                ELSE 'item.closed' END,
                    it.id, it.account_id, it.status, target);
    END IF;
    RETURN verdict('applied', '', true);
END
$$;
