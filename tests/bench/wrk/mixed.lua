package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
require "common"
-- what shoppers do most: open items, browse, search, read questions, the home page
local weighted = {item_path, item_path, item_path, item_path, catalog_path, catalog_path, catalog_path,
                  search_path, search_path, qa_path, home_path}
request = function() return wrk.format("GET", weighted[math.random(#weighted)]()) end
