-- Shared by the scenario scripts: a per-thread random seed and the benchmark's vocabulary.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919 + os.time())
end
function init(args)
  math.randomseed(seed)
end
ITEMS = tonumber(os.getenv("BENCH_ITEMS") or "1000000")
CATEGORIES = 50
SORTS = {"relevance", "price_asc", "price_desc", "newest", "best_selling", "rating"}
WORDS = {"classic", "compact", "deluxe", "everyday", "premium", "ultra", "vintage", "smart", "rugged", "silent",
         "bamboo", "steel", "walnut", "linen", "ceramic", "leather", "aluminium", "wool",
         "headphones", "keyboard", "lamp", "backpack", "kettle", "jacket", "charger", "blender", "notebook",
         "speaker", "mug", "tent", "sneakers", "watch", "camera", "puzzle", "skillet", "scarf", "drone", "planter"}
-- a typo: one letter dropped or two swapped
function misspell(w)
  local i = math.random(2, #w - 1)
  if math.random(2) == 1 then
    return w:sub(1, i - 1) .. w:sub(i + 1)
  end
  return w:sub(1, i - 1) .. w:sub(i + 1, i + 1) .. w:sub(i, i) .. w:sub(i + 2)
end
function item_path() return "/api/v1/items/" .. math.random(1, ITEMS) end
function catalog_path()
  return "/api/v1/items?per_page=24&category=" .. math.random(1, CATEGORIES) .. "&page=" .. math.random(1, 20) ..
         "&sort=" .. SORTS[math.random(#SORTS)]
end
function search_path()
  local words = {}
  for k = 1, math.random(1, 2) do
    local w = WORDS[math.random(#WORDS)]
    if math.random(3) == 1 then w = misspell(w) end
    words[k] = w
  end
  return "/api/v1/items?per_page=24&q=" .. table.concat(words, "+")
end
function qa_path() return "/api/v1/items/" .. math.random(1, ITEMS) .. "/questions?per_page=10" end
function home_path() return "/api/v1/home" end
