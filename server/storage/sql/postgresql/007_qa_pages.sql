-- A Q&A page read from its indexes: PostgreSQL 15 twin of sqlite/007_qa_pages.sql.
--
-- Not 1:1, on purpose: the SQLite indexes cover the page by ending in the question's or answer's
-- body. A PostgreSQL btree index row holds at most 2,704 bytes, and a body may be 2,000 characters
-- (DiscoveryRoutes.cpp), up to ~6 kB of UTF-8, so an index with body would refuse long questions
-- and answers ("index row size ... exceeds btree version 4 maximum 2704"). The PostgreSQL indexes
-- keep the same names and the key columns the pages are read in (item_id, helpful_count DESC,
-- id DESC and question_id, helpful_count DESC, id) and leave the body out (and the other shown
-- columns too: the page visits the table row for the body anyway). The old indexes were these
-- keys: they go.
DROP INDEX questions_item_helpful;
CREATE INDEX questions_item_page ON questions(item_id, helpful_count DESC, id DESC);
DROP INDEX answers_question_helpful;
CREATE INDEX answers_question_page ON answers(question_id, helpful_count DESC, id);
