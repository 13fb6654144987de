-- Connect with is_connection_established false: every request configures a new connection.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.body = '{"user_info":{"email":"bench@bench.databricks-test.com","first_name":"Bench","last_name":"Mark",' ..
  '"databricks_user_id":42,"databricks_organization_id":4242,"is_connection_established":false,' ..
  '"auth":{"personal_access_token":"dapi-bench-token"}},"hostname":"bench.cloud.databricks.com","port":443,' ..
  '"workspace_url":"https://bench.cloud.databricks.com/?o=4242","workspace_id":4242,"demo":false,' ..
  '"cloud_provider":"aws","is_free_trial":false}'
