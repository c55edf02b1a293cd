-- Indexes for the catalog's filters and sorts, and for order history: PostgreSQL 15 twin of
-- sqlite/002_catalog_indexes.sql, statement for statement (the same names, columns and orders).
-- Nothing to map: items.created_at, order_lines.created_at and orders.created_at are timestamptz
-- (001), which index and order like the ISO text they replace; the partial UNIQUE index keeps one
-- order per buyer and Idempotency-Key (keys are at most 255 characters, well under a btree row).
CREATE INDEX item_images_item ON item_images(item_id, position);
CREATE INDEX items_category_sold ON items(category_id, sold_count DESC);
CREATE INDEX items_sold ON items(sold_count DESC);
CREATE INDEX items_price ON items(price_cents);
CREATE INDEX items_created ON items(created_at);
CREATE INDEX items_shop ON items(shop_id);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_item ON order_lines(item_id);
CREATE INDEX order_lines_shop_created ON order_lines(shop_id, created_at);
CREATE INDEX orders_buyer ON orders(buyer_id, created_at DESC);
CREATE UNIQUE INDEX orders_idempotency ON orders(buyer_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
