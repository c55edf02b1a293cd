-- The new items of an import in progress are written delisted, chunk by chunk, and shown together at its end.
-- import_owner names the server writing them (its instance; one server on SQLite) until then: what a crash
-- left behind is recognised and deleted (at the start on SQLite; on PostgreSQL once the owner is no longer
-- alive in server_presence), never a seller's own delisted items.
ALTER TABLE items ADD COLUMN import_owner TEXT;
CREATE INDEX items_importing ON items(import_owner) WHERE import_owner IS NOT NULL;
