-- wrk script for the benchmark: counts responses whose status is not the expected one (wrk's
-- own error count lets a 302 to the sign-in page pass) and prints the run's numbers as one
-- JSON line, with the p95 that wrk's summary lacks. Optional POST bodies come from a file of
-- "cookie<TAB>path<TAB>body" lines (WRK_POSTS): each thread takes its own share, in order,
-- so every request is a first submission until the share runs out.
local expect = tonumber(os.getenv("WRK_EXPECT") or "200")
local posts_file = os.getenv("WRK_POSTS")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  thread:set("nthreads", 0)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
  sent = 0
  wrapped = 0
  posts = {}
  if posts_file then
    local n = 0
    for line in io.lines(posts_file) do
      local cookie, path, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      if n % counter_total() == id then
        table.insert(posts, {cookie = cookie, path = path, body = body})
      end
      n = n + 1
    end
  end
end

function counter_total()
  return tonumber(os.getenv("WRK_THREADS") or "2")
end

if posts_file then
  function request()
    sent = sent + 1
    local index = sent
    if index > #posts then
      wrapped = wrapped + 1
      index = (index - 1) % #posts + 1
    end
    local p = posts[index]
    return wrk.format("POST", p.path, {
      ["Cookie"] = p.cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, p.body)
  end
end

function response(status, headers, body)
  if status ~= expect then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local bad, total_sent, total_wrapped = 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("unexpected") or 0)
    total_sent = total_sent + (thread:get("sent") or 0)
    total_wrapped = total_wrapped + (thread:get("wrapped") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"unexpected_status":%d,"socket_errors":%d,"timeouts":%d,' ..
    '"posts_sent":%d,"posts_reused":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, bad, e.connect + e.read + e.write, e.timeout,
    total_sent, total_wrapped))
end
