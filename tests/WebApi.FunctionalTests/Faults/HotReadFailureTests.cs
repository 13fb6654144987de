using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>
/// The hot reads when the database fails them: a sign-in, test_status and list_tests whose one SELECT throws or (on
/// PostgreSQL) runs past Database:CommandTimeout answer a 500 without internals, and the same request right after
/// succeeds: nothing is left broken in the pooled context, the kept SQLite statement or the prepared PostgreSQL one.
/// Only reads of a request marked with <see cref="Marker"/> fail. SQLite's kept statements bypass EF, so there a progress
/// handler interrupts the statement (SQLITE_INTERRUPT), as SQLite itself would; a SQLite read waits for no lock in WAL
/// mode, so there is no read time-out to provoke.
/// </summary>
[TestFixture(Provider.Sqlite, Failure.Throws)]
[TestFixture(Provider.PostgreSql, Failure.Throws)]
[TestFixture(Provider.PostgreSql, Failure.TimesOut)]
public sealed class HotReadFailureTests(Provider provider, HotReadFailureTests.Failure failure)
{
    private const string Marker = "X-Fail-Reads";

    private readonly ReadFault _fault = new() { Mode = failure };
    private PartnerApiFactory _factory = null!;
    private HttpClient _databricks = null!;
    private HttpClient _greenhouse = null!;
    private string _email = null!;
    private long _workspaceId;
    private string _connectionId = null!;
    private string _interviewId = null!;

    public enum Failure
    {
        Throws,
        TimesOut,
    }

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Database:CommandTimeout"] = "00:00:01",
            ["Database:ConnectTimeout"] = "00:00:01",
        }), provider: provider, testServices: services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IInterceptor>(sp => _fault.Attach(sp.GetRequiredService<IHttpContextAccessor>()));
            services.AddSingleton<IInterceptor>(_ => new SqliteInterrupt(_fault));
        });
        _databricks = _factory.CreateDatabricksClient();
        _email = $"admin@{DatabricksRequests.NewTestDomain()}";
        _workspaceId = DatabricksRequests.NewWorkspaceId();
        _connectionId = await _databricks.ConnectNewAsync(_email, _workspaceId);
        var tenant = await _factory.CreateTenantAsync(("fail-1", "Failing reads"));
        _greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        _interviewId = await _greenhouse.SendTestAsync(GreenhouseApi.SendTest("fail-1"));
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _databricks.Dispose();
        _greenhouse.Dispose();
        _factory.Dispose();
    }

    [TestCase("sign-in")]
    [TestCase("test_status")]
    [TestCase("list_tests")]
    public async Task ReadFails_Answers500_AndTheSameRequestRightAfterSucceeds(string request)
    {
        var hitsBefore = _fault.Hits;
        var (failed, failedBody) = await SendAsync(request, failing: true);
        var (retried, retriedBody) = await SendAsync(request, failing: false);

        Assert.Multiple(() =>
        {
            Assert.That(_fault.Hits, Is.GreaterThan(hitsBefore), "the fault reached the read");
            Assert.That(failed, Is.EqualTo(HttpStatusCode.InternalServerError), failedBody);
            Assert.That(failedBody, Does.Not.Contain("Exception").And.Not.Contain("   at "));
            Assert.That(retried, Is.EqualTo(HttpStatusCode.OK), retriedBody);
        });
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(string request, bool failing)
    {
        using var message = request switch
        {
            "sign-in" => new HttpRequestMessage(HttpMethod.Post, DatabricksApi.ConnectPath)
            {
                Content = JsonContent(DatabricksRequests.Connect(_email, _workspaceId, _connectionId)),
            },
            "test_status" => new HttpRequestMessage(HttpMethod.Get, GreenhouseApi.TestStatusOf(_interviewId)),
            _ => new HttpRequestMessage(HttpMethod.Get, GreenhouseApi.ListTestsPath),
        };
        if (failing)
        {
            message.Headers.Add(Marker, "1");
        }

        using var response = await (request == "sign-in" ? _databricks : _greenhouse).SendAsync(message);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static StringContent JsonContent(System.Text.Json.Nodes.JsonObject body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// Fails every SELECT of a marked request: EF's commands here (thrown as the provider would, or made to outlast the
    /// command timeout on PostgreSQL), SQLite's statements through <see cref="SqliteInterrupt"/>.
    /// </summary>
    private sealed class ReadFault : DbCommandInterceptor
    {
        private IHttpContextAccessor? _http;
        private int _hits;

        public Failure Mode { get; set; }

        public int Hits => _hits;

        public ReadFault Attach(IHttpContextAccessor http)
        {
            _http = http;
            return this;
        }

        public bool InMarkedRequest => _http?.HttpContext?.Request.Headers.ContainsKey(Marker) == true;

        public void Hit() => Interlocked.Increment(ref _hits);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (InMarkedRequest && command is NpgsqlCommand && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.Ordinal))
            {
                Hit();
                if (Mode == Failure.Throws)
                {
                    throw new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);
                }

                // Runs first and outlasts Database:CommandTimeout: Npgsql cancels it on the server and throws.
                command.CommandText = "SELECT pg_sleep(30);" + command.CommandText;
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Interrupts every statement SQLite runs for a marked request (sqlite3_progress_handler).</summary>
    private sealed class SqliteInterrupt(ReadFault fault) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Install(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Install(connection);
            return Task.CompletedTask;
        }

        private void Install(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle })
            {
                SQLitePCL.raw.sqlite3_progress_handler(handle, 1, _ =>
                {
                    if (!fault.InMarkedRequest)
                    {
                        return 0;
                    }

                    fault.Hit();
                    return 1;
                }, null);
            }
        }
    }
}
