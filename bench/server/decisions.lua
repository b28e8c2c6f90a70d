-- wrk: POST /v1/decisions with the cases of a JSON Lines file (CASES env var), each thread in turn from its
-- own starting line, so the connections do not all send the same case.
local cases = {}
local next_case = 1

function init(args)
  for line in io.lines(os.getenv("CASES")) do
    if #line > 0 then
      cases[#cases + 1] = line
    end
  end
  next_case = (math.random(#cases))
end

function request()
  local body = cases[next_case]
  next_case = next_case % #cases + 1
  return wrk.format("POST", "/v1/decisions", {["Content-Type"] = "application/json"}, body)
end
