-- Failed sign-ins, counted by the login throttle (subject: 'email:...' or 'address:...'; at: milliseconds since
-- 1970). PostgreSQL's 013 also adds what several servers on one database share (presence, the change log's
-- announcements); one server owns a SQLite file, so those have no place here.
CREATE TABLE login_failures (
    subject TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures(subject, at);
CREATE INDEX login_failures_at ON login_failures(at);
