-- wrk script for `kader serve` (Tests/Load/serve_load.py --wrk runs it; see docs/performance.md).
--
--   wrk -t2 -c100 -d10s --latency -s serve_wrk.lua http://127.0.0.1:PORT -- TOKENS_FILE save|result
--
-- TOKENS_FILE holds one scan token per line, then a line "--", then one "question option option ..."
-- line per scale question. "save" posts one answer after another, spread over all scans and
-- questions, as the fill page's script does; "result" fetches the scans' result pages. Every reply
-- that is not a 200 (or a save whose JSON does not say "saved":true) is counted and reported by
-- done(); serve_load.py compares the number of acknowledged saves with the scans' revisions.

local tokens, questions = {}, {}
mode = "save"   -- global: done() reads it from a thread
local counter = 0
local unpack = unpack or table.unpack
-- globals, so that done() can read them from each thread with thread:get
acknowledged, failed = 0, 0

local function read_plan(path)
  local section = tokens
  for line in io.lines(path) do
    if line == "--" then
      section = questions
    elseif section == tokens then
      table.insert(tokens, line)
    else
      local words = {}
      for word in line:gmatch("%S+") do table.insert(words, word) end
      table.insert(questions, { id = words[1], options = { unpack(words, 2) } })
    end
  end
end

local threads = {}
function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  read_plan(args[1])
  mode = args[2] or "save"
  counter = thread_number * 7919
end

local function form_escape(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  if mode == "result" then
    return wrk.format("GET", "/s/" .. token .. "/result")
  end
  local question = questions[(math.floor(counter / #tokens) % #questions) + 1]
  local option = question.options[(counter % #question.options) + 1]
  local q = question.id
  local body = "question=" .. form_escape(q) .. "&answer." .. q .. "=" .. form_escape(option)
    .. "&note." .. q .. "=" .. form_escape("wrk " .. counter)
  return wrk.format("POST", "/s/" .. token .. "/answer",
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if status == 200 and (mode == "result" or body:find('"saved":true', 1, true)) then
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
    if failed <= 3 then io.stderr:write("wrk: ", status, " ", body:sub(1, 200), "\n") end
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  local mode = threads[1]:get("mode")
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("acknowledged")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("wrk %s: acknowledged %d failed %d socket_errors %d requests %d seconds %.2f "
    .. "p50_ms %.2f p90_ms %.2f p99_ms %.2f max_ms %.2f\n",
    mode, ok, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
