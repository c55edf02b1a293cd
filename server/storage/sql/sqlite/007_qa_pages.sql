-- A Q&A page read from its indexes alone (see server_query_plans): an item's questions and a
-- question's answers are found together in their index with every field the page shows, instead
-- of one scattered table row each (a page touched ~14 random pages of a 12-million-row Q&A; now
-- about half). The old indexes were these columns' prefixes: they go.
DROP INDEX questions_item_helpful;
CREATE INDEX questions_item_page ON questions(item_id, helpful_count DESC, id DESC, user_id, created_at, body);
DROP INDEX answers_question_helpful;
CREATE INDEX answers_question_page ON answers(question_id, helpful_count DESC, id, user_id, by_seller, created_at, body);
