-- wrk script of the end-to-end benchmark (bench/e2e.sh, docs/benchmarks.md): POSTs signed Instagram DM
-- deliveries in turn, counts the answers that are not 2xx, and prints one line of results for the script.
--
--   E2E_DELIVERIES  the Lua table of {body, signature} written by EndToEndBench deliveries (required)
--   E2E_LIMIT       with E2E_THREADS (wrk's -t) and E2E_DONE_DIR: each thread stops after its share of this many
--                   answers and leaves a file thread-<n> in E2E_DONE_DIR; wrk itself runs until -d or SIGINT, so
--                   the caller waits for the files and then interrupts it (it prints its results on SIGINT)
--
-- Requests are built once per thread in init(); request() only picks the next one (wrk's advice for fast servers).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_index", #threads)
end

function init(args)
  local file = os.getenv("E2E_DELIVERIES")
  if file == nil or file == "" then
    error("E2E_DELIVERIES is not set")
  end
  local deliveries = dofile(file)
  requests = {}
  for i, delivery in ipairs(deliveries) do
    requests[i] = wrk.format("POST", nil, {
      ["Content-Type"] = "application/json",
      ["X-Hub-Signature-256"] = delivery[2],
    }, delivery[1])
  end
  -- each thread starts at its own place in the list
  next_request = ((thread_index - 1) * 7919) % #requests
  answers = 0
  non2xx = 0
  statuses = {}
  local total = tonumber(os.getenv("E2E_LIMIT") or "0") or 0
  limit = 0
  if total > 0 then
    limit = math.ceil(total / tonumber(os.getenv("E2E_THREADS")))
    done_file = os.getenv("E2E_DONE_DIR") .. "/thread-" .. thread_index
  end
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  answers = answers + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
  if limit > 0 and answers == limit then
    io.open(done_file, "w"):close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  local by_status = {}
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    for status, count in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + count
    end
  end
  local codes = {}
  for status, count in pairs(by_status) do
    table.insert(codes, status .. "x" .. count)
  end
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f non2xx=%d non2xx_statuses=%s connect_errors=%d read_errors=%d"
      .. " write_errors=%d timeouts=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), non2xx_total,
    #codes == 0 and "none" or table.concat(codes, ","), errors.connect, errors.read, errors.write, errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
