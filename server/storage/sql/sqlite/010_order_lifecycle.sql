-- After payment: each shop fulfils its own part of an order (paid -> shipped -> delivered), a buyer
-- may cancel while nothing shipped, sellers and admins refund lines. Shops set their handling time
-- and shipping rates per destination country. Money in integer minor units; the rules are stated as
-- constraints so that no writer can break them.

-- One part per shop of every order.
CREATE TABLE order_parts (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    shop_id INTEGER NOT NULL REFERENCES shops(id),
    status TEXT NOT NULL DEFAULT 'paid'
        CHECK (status IN ('paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    carrier TEXT,
    tracking_number TEXT,
    shipped_at TEXT,
    delivered_at TEXT,
    shipping_cents INTEGER NOT NULL DEFAULT 0 CHECK (shipping_cents >= 0),
    PRIMARY KEY (order_id, shop_id)
);
CREATE INDEX order_parts_queue ON order_parts(shop_id, status, order_id);
INSERT INTO order_parts(order_id, shop_id) SELECT DISTINCT order_id, shop_id FROM order_lines;

-- A line is never refunded twice: what went back stays within what was bought.
ALTER TABLE order_lines ADD COLUMN refunded_quantity INTEGER NOT NULL DEFAULT 0
    CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity);

-- total_cents includes shipping_cents; money never goes negative.
ALTER TABLE orders ADD COLUMN shipping_cents INTEGER NOT NULL DEFAULT 0 CHECK (shipping_cents >= 0);
ALTER TABLE orders ADD COLUMN refunded_cents INTEGER NOT NULL DEFAULT 0
    CHECK (refunded_cents >= 0 AND refunded_cents <= total_cents);

-- Every refund and cancellation, as the order's history. 'pending' until the gateway gave the money
-- back (a crash between is refunded at the next start, by the same key).
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    shop_id INTEGER REFERENCES shops(id),
    actor_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'refund')),
    idempotency_key TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    restock INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    lines_json TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
    created_at TEXT NOT NULL,
    UNIQUE (order_id, idempotency_key)
);
CREATE INDEX refunds_pending ON refunds(id) WHERE state = 'pending';

-- What a mail of the outbox is about beyond its order: the shop of a shipped or delivered part, the refund.
ALTER TABLE outbox ADD COLUMN ref_id INTEGER;

CREATE TABLE shop_shipping (
    shop_id INTEGER PRIMARY KEY REFERENCES shops(id),
    handling_days INTEGER NOT NULL CHECK (handling_days BETWEEN 0 AND 60)
);
-- country: ISO 3166 alpha-2, or '*' for every country without a rate of its own.
CREATE TABLE shipping_rates (
    shop_id INTEGER NOT NULL REFERENCES shops(id),
    country TEXT NOT NULL,
    flat_cents INTEGER NOT NULL CHECK (flat_cents >= 0),
    free_over_cents INTEGER CHECK (free_over_cents IS NULL OR free_over_cents >= 0),
    transit_days INTEGER NOT NULL CHECK (transit_days BETWEEN 0 AND 90),
    PRIMARY KEY (shop_id, country)
);
