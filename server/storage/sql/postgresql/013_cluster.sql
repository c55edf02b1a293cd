-- Several servers on one database, the rest of what they share:
-- * the change log also names what the other servers' watchers hear of, by id (details are read from the
--   tables): purchases (the feed, the sellers' sales, the buyer's windows), orders that moved (shipped,
--   delivered, cancelled, refunded), and the users whose cart or wishlist changed;
-- * each server's presence, written every two seconds: its WebSocket connections and how many of them watch
--   each item ({"item id": viewers}); a row not renewed for ten seconds is a server that died, not counted;
-- * failed sign-ins, so that the throttle counts them whichever server is asked (subject: 'email:...' or
--   'address:...'; at: milliseconds since 1970, the server's clock).
ALTER TABLE change_log ADD COLUMN paid_orders bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN changed_orders bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN carts bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN wishlists bigint[] NOT NULL DEFAULT '{}';
CREATE TABLE server_presence (
    instance text PRIMARY KEY,
    seen_at timestamptz NOT NULL DEFAULT now(),
    connections integer NOT NULL DEFAULT 0 CHECK (connections >= 0),
    viewers jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE login_failures (
    subject text NOT NULL,
    at bigint NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures(subject, at);
CREATE INDEX login_failures_at ON login_failures(at);
