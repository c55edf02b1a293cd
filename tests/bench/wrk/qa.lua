package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
require "common"
request = function() return wrk.format("GET", qa_path()) end
