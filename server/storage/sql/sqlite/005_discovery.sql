-- Discovery: questions and answers, helpful votes, co-purchase counts, and what users looked at.

-- Questions of an item, most helpful first, paged: one index walk per page. A question's
-- helpful_count is the sum of its answers' helpful votes (kept up to date with each vote).
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    helpful_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX questions_item_helpful ON questions(item_id, helpful_count DESC, id DESC);
-- the number of questions per item, kept with each question (a count of a busy item's index range
-- costs milliseconds at scale)
ALTER TABLE items ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    by_seller INTEGER NOT NULL DEFAULT 0,
    helpful_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX answers_question_helpful ON answers(question_id, helpful_count DESC, id);

-- One vote per user and answer.
CREATE TABLE answer_votes (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (answer_id, user_id)
) WITHOUT ROWID;

-- Reviews of an item, newest first.
CREATE INDEX reviews_item_created ON reviews(item_id, created_at DESC, id DESC);

-- How often two items were bought in the same order (both directions), kept at order time.
CREATE TABLE co_purchases (
    item_id INTEGER NOT NULL REFERENCES items(id),
    other_id INTEGER NOT NULL REFERENCES items(id),
    count INTEGER NOT NULL,
    PRIMARY KEY (item_id, other_id)
) WITHOUT ROWID;
CREATE INDEX co_purchases_top ON co_purchases(item_id, count DESC);
INSERT INTO co_purchases(item_id, other_id, count)
    SELECT a.item_id, b.item_id, COUNT(*) FROM order_lines a
    JOIN order_lines b ON b.order_id = a.order_id AND b.item_id <> a.item_id
    GROUP BY a.item_id, b.item_id;

-- The last time a signed-in user opened an item: "recently viewed" and recommendations.
CREATE TABLE item_views (
    user_id INTEGER NOT NULL REFERENCES users(id),
    item_id INTEGER NOT NULL REFERENCES items(id),
    viewed_at TEXT NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
CREATE INDEX item_views_recent ON item_views(user_id, viewed_at DESC);
