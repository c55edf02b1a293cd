-- Catalog pages by best-selling and by rating, on PostgreSQL: indexes that give the whole ORDER BY, the id
-- tie-break included, under the page's filter (listed and in stock), so a page stops after its rows instead of
-- reading a category's every item and sorting them (measured at 100,000 items: best-selling 24.7 ms -> 1.3 ms,
-- rating -> 1.2 ms). The rating expression is orderBy()'s in CatalogRepository.cpp, written the same way.
CREATE INDEX items_category_sold_page ON items(category_id, sold_count DESC, id) WHERE NOT delisted AND stock > 0;
CREATE INDEX items_category_rating_page ON items(category_id,
    (CASE WHEN rating_count = 0 THEN 0 ELSE rating_sum * 1.0 / rating_count END) DESC, rating_count DESC, id)
    WHERE NOT delisted AND stock > 0;
