-- The change feed between servers on one database: every write transaction that changed what servers keep
-- copies of (the search index, cached answers) leaves one row here, in that transaction, and a NOTIFY on
-- `emporium_changes`. Each server reads the rows after the last one it applied (so one whose listening
-- connection dropped catches up exactly) and applies the others' changes to its own copies. Rows are written
-- under a transaction-level advisory lock held until commit, so `seq` order is commit order; old rows are
-- pruned after an hour.
CREATE TABLE change_log (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance text NOT NULL,
    items bigint[] NOT NULL DEFAULT '{}',
    shops bigint[] NOT NULL DEFAULT '{}',
    cached_answers boolean NOT NULL DEFAULT false,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_at ON change_log(at);
