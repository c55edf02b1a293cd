-- Revenue per category and day, kept by a trigger as sales are recorded (orders, the demo, any
-- importer): the home page ranks categories by their last 30 days from at most 30 x categories
-- rows instead of summing every sale of the month (72 ms at 400,000 sales).
CREATE TABLE sale_days (
    day TEXT NOT NULL,          -- YYYY-MM-DD (UTC)
    category_id INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    PRIMARY KEY (day, category_id)
) WITHOUT ROWID;
INSERT INTO sale_days(day, category_id, amount_cents)
SELECT substr(created_at, 1, 10), category_id, SUM(amount_cents) FROM sale_events GROUP BY 1, 2;
CREATE TRIGGER sale_events_day AFTER INSERT ON sale_events BEGIN
    INSERT INTO sale_days(day, category_id, amount_cents) VALUES (substr(new.created_at, 1, 10), new.category_id, new.amount_cents)
    ON CONFLICT(day, category_id) DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents;
END;
