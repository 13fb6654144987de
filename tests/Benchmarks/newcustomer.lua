-- Connect of a new customer: every request comes from a new e-mail domain, so each opens an account, registers a
-- user and configures a connection (three rows and a Databricks identity in one save).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

-- BENCH_RUN tells apart wrk processes started in the same second (run.sh loads two instances at once).
local run = (os.getenv("BENCH_RUN") or "") .. tostring(os.time())
local n = 0
function request()
  n = n + 1
  local domain = string.format("c%s-%d-%d.databricks-test.com", run, tid, n)
  local body = '{"user_info":{"email":"admin@' .. domain .. '","first_name":"Bench","last_name":"Mark",' ..
    '"databricks_user_id":42,"databricks_organization_id":4242,"is_connection_established":false,' ..
    '"auth":{"personal_access_token":"dapi-bench-token"}},"hostname":"bench.cloud.databricks.com","port":443,' ..
    '"workspace_url":"https://bench.cloud.databricks.com/?o=4242","workspace_id":4242,"demo":false,' ..
    '"cloud_provider":"aws","is_free_trial":false}'
  return wrk.format(nil, nil, nil, body)
end
