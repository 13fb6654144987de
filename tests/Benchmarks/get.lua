-- A GET with the Authorization header of BENCH_AUTH (when set).
local auth = os.getenv("BENCH_AUTH")
if auth ~= nil and auth ~= "" then
  wrk.headers["Authorization"] = auth
end
