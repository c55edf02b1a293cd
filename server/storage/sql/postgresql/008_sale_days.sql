-- Revenue per category and day, kept by a trigger as sales are recorded (orders, the demo, any
-- importer): the home page ranks categories by their last 30 days from at most 30 x categories
-- rows instead of summing every sale of the month. PostgreSQL 15 twin of sqlite/008_sale_days.sql.
--
-- Mapping:
-- * day (YYYY-MM-DD text in SQLite) -> date: it is a UTC calendar day, only compared with a bound
--   'yyyy-MM-dd' (DiscoveryRepository::homeSections: day >= ?), which PostgreSQL reads as a date.
--   It is taken from the timestamptz created_at as (created_at AT TIME ZONE 'UTC')::date, the
--   same day as SQLite's substr(created_at, 1, 10) of the UTC text, whatever the session's zone.
-- * category_id, amount_cents -> bigint. WITHOUT ROWID dropped.
-- * The SQLite trigger (an upsert in its body) -> a plpgsql function and an AFTER INSERT ... FOR
--   EACH ROW trigger. The upsert qualifies the old value (sale_days.amount_cents): unqualified it
--   is ambiguous on PostgreSQL. Refunds insert negative sale events; they are added the same way.
-- * The backfill is valid PostgreSQL and is kept (a no-op on a fresh database). It runs before the
--   trigger exists, as in SQLite, so no sale is counted twice.
-- This file has a dollar-quoted body: it is executed whole, not split into statements.
CREATE TABLE sale_days (
    day date NOT NULL,          -- the UTC day of the sale
    category_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    PRIMARY KEY (day, category_id)
);
INSERT INTO sale_days(day, category_id, amount_cents)
SELECT (created_at AT TIME ZONE 'UTC')::date, category_id, SUM(amount_cents) FROM sale_events GROUP BY 1, 2;

CREATE FUNCTION sale_events_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sale_days(day, category_id, amount_cents)
    VALUES ((NEW.created_at AT TIME ZONE 'UTC')::date, NEW.category_id, NEW.amount_cents)
    ON CONFLICT (day, category_id) DO UPDATE SET amount_cents = sale_days.amount_cents + EXCLUDED.amount_cents;
    RETURN NULL;
END;
$$;
CREATE TRIGGER sale_events_day AFTER INSERT ON sale_events
    FOR EACH ROW EXECUTE FUNCTION sale_events_day();
