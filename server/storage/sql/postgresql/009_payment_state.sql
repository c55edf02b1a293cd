-- An order's payment is durable: 'authorized' when the order commits, 'captured' once the gateway took
-- the money (the order's status is then 'paid'), 'voided' when the authorization was given back.
-- A crash between commit and capture leaves 'authorized', captured at the next start.
-- PostgreSQL 15 twin of sqlite/009_payment_state.sql, statement for statement: both columns stay
-- text (states and the gateway's reference, compared by equality only); the partial index is the
-- same.
ALTER TABLE orders ADD COLUMN payment_state text NOT NULL DEFAULT 'captured';
ALTER TABLE orders ADD COLUMN payment_ref text;
CREATE INDEX orders_payment_pending ON orders(id) WHERE payment_state = 'authorized';
