-- The triggers that record who sent each reply used INSERT OR REPLACE. Inside a trigger the
-- conflict clause of the statement that fired it wins, and a team replica stores the outbox
-- with an upsert: a reply already recorded then made that upsert fail, and the replica stopped
-- taking the outbox's later states. The triggers now remove the old record and insert anew,
-- which never conflicts.

DROP TRIGGER reply_sender_sent;
DROP TRIGGER reply_sender_stored;
DROP TRIGGER reply_sender_item;
CREATE TRIGGER reply_sender_sent AFTER UPDATE OF state, result_external_id ON outbox
    WHEN NEW.state = 'sent' AND NEW.action = 'reply' AND NEW.result_external_id <> ''
BEGIN
    DELETE FROM reply_senders WHERE item_id IN (SELECT i.id FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id);
    INSERT INTO reply_senders (item_id, origin, operator)
        SELECT i.id, NEW.origin, NEW.operator FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id;
END;
CREATE TRIGGER reply_sender_stored AFTER INSERT ON outbox
    WHEN NEW.state = 'sent' AND NEW.action = 'reply' AND NEW.result_external_id <> ''
BEGIN
    DELETE FROM reply_senders WHERE item_id IN (SELECT i.id FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id);
    INSERT INTO reply_senders (item_id, origin, operator)
        SELECT i.id, NEW.origin, NEW.operator FROM items c JOIN items i
        ON i.account_id = c.account_id AND i.external_id = NEW.result_external_id
        WHERE c.id = NEW.item_id;
END;
CREATE TRIGGER reply_sender_item AFTER INSERT ON items WHEN NEW.direction = 'out'
BEGIN
    DELETE FROM reply_senders WHERE item_id = NEW.id;
    INSERT INTO reply_senders (item_id, origin, operator)
        SELECT NEW.id, o.origin, o.operator FROM outbox o JOIN items c ON c.id = o.item_id
        WHERE o.result_external_id = NEW.external_id AND o.result_external_id <> ''
        AND o.action = 'reply' AND o.state = 'sent' AND c.account_id = NEW.account_id
        ORDER BY o.id DESC LIMIT 1;
END;
