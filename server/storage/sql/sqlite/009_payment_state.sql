-- An order's payment is durable: 'authorized' when the order commits, 'captured' once the gateway took
-- the money (the order's status is then 'paid'), 'voided' when the authorization was given back.
-- A crash between commit and capture leaves 'authorized', captured at the next start.
ALTER TABLE orders ADD COLUMN payment_state TEXT NOT NULL DEFAULT 'captured';
ALTER TABLE orders ADD COLUMN payment_ref TEXT;
CREATE INDEX orders_payment_pending ON orders(id) WHERE payment_state = 'authorized';
