-- Indexes for a catalog of a million items, chosen from the query plans (see server_query_plans).
-- PostgreSQL 15 twin of sqlite/006_catalog_scale.sql: the same names and columns.
-- Mapping: the partial indexes' `delisted = 0` -> `NOT delisted` (delisted is boolean, 001). The
-- rating expression is copied verbatim: it is immutable, and the catalog's ORDER BY writes the same
-- expression, so the planner can match it (rating_sum * 1.0 is numeric on PostgreSQL, a double in
-- SQLite: the order is the same).
-- Counting what is on sale: index-only over the listed, in-stock items.
CREATE INDEX items_on_sale_category ON items(category_id) WHERE NOT delisted AND stock > 0;
CREATE INDEX items_listed_category ON items(category_id) WHERE NOT delisted;
-- A category's page in every sort, read in index order (no sorting of the category's items).
CREATE INDEX items_category_price ON items(category_id, price_cents);
CREATE INDEX items_category_created ON items(category_id, created_at);
CREATE INDEX items_category_rating ON items(category_id, (CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum * 1.0 / rating_count END) DESC, rating_count DESC);
CREATE INDEX items_rating ON items((CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum * 1.0 / rating_count END) DESC, rating_count DESC);
-- The home page's best-selling categories of the last 30 days.
DROP INDEX sale_events_created;
CREATE INDEX sale_events_created ON sale_events(created_at, category_id, amount_cents);
