-- Orders through the server (or nginx in front of several): one paid order of one of BENCH_ORDER_ITEMS' items (ids,
-- comma-separated; one: every order takes the same item's stock) per request, each with its own Idempotency-Key,
-- by the buyers whose tokens are in BENCH_TOKENS (comma-separated).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
require "common"
local tokens = {}
for t in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do tokens[#tokens + 1] = t end
local bodies = {}
for id in string.gmatch(os.getenv("BENCH_ORDER_ITEMS") or "1", "[^,]+") do
  bodies[#bodies + 1] = '{"shipping_address":{"name":"Bench","line1":"1 Road","city":"Town","postal_code":"1",' ..
                        '"country":"US"},"payment":{"card_number":"4242424242424242","exp_month":12,' ..
                        '"exp_year":2031,"cvc":"123"},"lines":[{"item_id":' .. id .. ',"quantity":1}]}'
end
local sent = 0
request = function()
  sent = sent + 1
  return wrk.format("POST", "/api/v1/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Idempotency-Key"] = "bench-" .. seed .. "-" .. sent,
  }, bodies[math.random(#bodies)])
end
