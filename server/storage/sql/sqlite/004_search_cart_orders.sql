-- Full-text search: a word index (unicode61, bm25 ranking) over the item text, its vocabulary
-- (fts5vocab), and a trigram index over that vocabulary to correct misspelled words.
CREATE VIRTUAL TABLE items_fts USING fts5(title, description, category, shop, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE items_fts_vocab USING fts5vocab(items_fts, 'row');
CREATE TABLE search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_terms_fts USING fts5(term, content = 'search_terms', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER search_terms_ai AFTER INSERT ON search_terms BEGIN
    INSERT INTO search_terms_fts(rowid, term) VALUES (new.id, new.term);
END;
CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, title, description, category, shop)
    SELECT new.id, new.title, new.description, c.name, s.name
    FROM categories c, shops s WHERE c.id = new.category_id AND s.id = new.shop_id;
END;
CREATE TRIGGER items_fts_au AFTER UPDATE OF title, description, category_id, shop_id ON items BEGIN
    DELETE FROM items_fts WHERE rowid = old.id;
    INSERT INTO items_fts(rowid, title, description, category, shop)
    SELECT new.id, new.title, new.description, c.name, s.name
    FROM categories c, shops s WHERE c.id = new.category_id AND s.id = new.shop_id;
END;
CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN
    DELETE FROM items_fts WHERE rowid = old.id;
END;
INSERT INTO items_fts(rowid, title, description, category, shop)
SELECT i.id, i.title, i.description, c.name, s.name FROM items i JOIN categories c ON c.id = i.category_id JOIN shops s ON s.id = i.shop_id;
INSERT OR IGNORE INTO search_terms(term) SELECT term FROM items_fts_vocab WHERE length(term) >= 3;

-- What buyers searched for (analytics).
CREATE TABLE search_log (
    id INTEGER PRIMARY KEY,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX search_log_created ON search_log(created_at);

-- One cart and one wishlist per user.
CREATE TABLE cart_items (
    user_id INTEGER NOT NULL REFERENCES users(id),
    item_id INTEGER NOT NULL REFERENCES items(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    added_at TEXT NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
CREATE TABLE wishlist_items (
    user_id INTEGER NOT NULL REFERENCES users(id),
    item_id INTEGER NOT NULL REFERENCES items(id),
    added_at TEXT NOT NULL,
    PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;

-- Receipts to send, written in the order's transaction (the mail worker sends them).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    order_id INTEGER REFERENCES orders(id),
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_pending ON outbox(status, next_attempt_at);

-- Sales as events, for analytics (rolling windows are rebuilt from here at start).
CREATE TABLE sale_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    item_id INTEGER NOT NULL REFERENCES items(id),
    category_id INTEGER NOT NULL,
    shop_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX sale_events_created ON sale_events(created_at);
INSERT INTO sale_events(order_id, item_id, category_id, shop_id, quantity, amount_cents, created_at)
SELECT l.order_id, l.item_id, i.category_id, l.shop_id, l.quantity, l.quantity * l.unit_price_cents, l.created_at
FROM order_lines l JOIN items i ON i.id = l.item_id;
