using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// The database commands each hot request sends (docs/performance.md "Current figures"): a sign-in and the Greenhouse polls
/// one SELECT, a new customer's connect one SELECT and one batched write. A DbCommandInterceptor sees every command EF
/// sends; SQLite's kept statements (KeptStatements) bypass EF, so on SQLite the SELECTs are taken from SQLite's own
/// statement trace instead. Only what runs while serving a request marked with <see cref="Marker"/> is counted, so the
/// outbox dispatcher's polls never land in the count.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class HotPathCommandCountTests(Provider provider)
{
    private const string Marker = "X-Count-Commands";

    private readonly CommandLog _log = new();
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = new PartnerApiFactory(GreenhouseApp.Settings(), provider: provider, testServices: services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IInterceptor>(sp => _log.Attach(sp.GetRequiredService<IHttpContextAccessor>()));
            services.AddSingleton<IInterceptor>(_ => new SqliteTrace(_log));
        });
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task SignIn_IsOneSelect()
    {
        using var databricks = _factory.CreateDatabricksClient();
        var email = $"admin@{DatabricksRequests.NewTestDomain()}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await databricks.ConnectNewAsync(email, workspaceId);

        var (status, commands) = await CountAsync(databricks, () => ConnectAsync(databricks, DatabricksRequests.Connect(email, workspaceId, connectionId)));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(1).And.All.StartsWith("SELECT"), string.Join("\n---\n", commands));
    }

    [Test]
    public async Task NewCustomerConnect_IsOneSelectAndOneBatchedWrite()
    {
        using var databricks = _factory.CreateDatabricksClient();
        var body = DatabricksRequests.Connect($"admin@{DatabricksRequests.NewTestDomain()}", DatabricksRequests.NewWorkspaceId());

        var (status, commands) = await CountAsync(databricks, () => ConnectAsync(databricks, body));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(2), string.Join("\n---\n", commands));
        Assert.Multiple(() =>
        {
            Assert.That(commands[0], Does.StartWith("SELECT"));
            foreach (var table in new[] { "\"Accounts\"", "\"Users\"", "\"UserDatabricksIdentities\"", "\"Connections\"" })
            {
                Assert.That(commands[1], Does.Contain("INSERT INTO " + table), "the account, user, identity and connection in one command");
            }
        });
    }

    [Test]
    public async Task TestStatusAndListTests_AreOneSelectEach_OnceTheKeyIsKnown()
    {
        var tenant = await _factory.CreateTenantAsync(("count-1", "Counted test"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);

        // The first call with a key looks it up and records its use: once per Greenhouse:ApiKeyCacheDuration and instance.
        var (_, firstCall) = await CountAsync(greenhouse, () => GetAsync(greenhouse, GreenhouseApi.ListTestsPath));
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("count-1"));
        var (status, statusCommands) = await CountAsync(greenhouse,
            () => GetAsync(greenhouse, GreenhouseApi.TestStatusOf(interviewId)));
        var (listed, listCommands) = await CountAsync(greenhouse, () => GetAsync(greenhouse, GreenhouseApi.ListTestsPath));

        Assert.Multiple(() =>
        {
            Assert.That(firstCall, Has.Count.EqualTo(3), "the key's SELECT and its last-use UPDATE, then the list: " + string.Join("\n---\n", firstCall));
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(statusCommands, Has.Count.EqualTo(1).And.All.StartsWith("SELECT"), string.Join("\n---\n", statusCommands));
            Assert.That(listed, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listCommands, Has.Count.EqualTo(1).And.All.StartsWith("SELECT"), string.Join("\n---\n", listCommands));
        });
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> ConnectAsync(HttpClient client, System.Text.Json.Nodes.JsonObject body) =>
        (await client.ConnectAsync(body)).Response.StatusCode;

    /// <summary>Sends one marked request; returns its status and the SQL of every command it sent, in order.</summary>
    private async Task<(HttpStatusCode Status, List<string> Commands)> CountAsync(HttpClient client, Func<Task<HttpStatusCode>> send)
    {
        var id = Guid.NewGuid().ToString("N");
        client.DefaultRequestHeaders.Add(Marker, id);
        try
        {
            var status = await send();
            return (status, _log.Of(id, provider));
        }
        finally
        {
            client.DefaultRequestHeaders.Remove(Marker);
        }
    }

    /// <summary>
    /// The SQL of every command EF sent, and of every statement SQLite ran, while serving a marked request (by the
    /// marker's value).
    /// </summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _statements = new();
        private IHttpContextAccessor? _http;

        public CommandLog Attach(IHttpContextAccessor http)
        {
            _http = http;
            return this;
        }

        /// <summary>
        /// The request's commands. On SQLite: its SELECT statements (kept or sent by EF) and EF's other commands (writes,
        /// each batch once), in the order each source saw them.
        /// </summary>
        public List<string> Of(string id, Provider provider)
        {
            List<string> commands = _commands.TryGetValue(id, out var sent) ? [.. sent] : [];
            if (provider != Provider.Sqlite)
            {
                return commands;
            }

            List<string> statements = _statements.TryGetValue(id, out var ran) ? [.. ran] : [];
            return [.. statements.Where(IsSelect), .. commands.Where(c => !IsSelect(c))];
        }

        public void Statement(string sql) => Add(_statements, sql);

        private static bool IsSelect(string sql) => sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

        private void Add(ConcurrentDictionary<string, ConcurrentQueue<string>> log, string sql)
        {
            if (_http?.HttpContext?.Request.Headers[Marker].ToString() is { Length: > 0 } id)
            {
                log.GetOrAdd(id, _ => new ConcurrentQueue<string>()).Enqueue(sql.TrimStart());
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        private TResult Record<TResult>(DbCommand command, TResult result)
        {
            Add(_commands, command.CommandText);
            return result;
        }
    }

    /// <summary>Every statement each SQLite connection runs, to the log (sqlite3_trace: once per statement started).</summary>
    private sealed class SqliteTrace(CommandLog log) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Trace(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Trace(connection);
            return Task.CompletedTask;
        }

        private void Trace(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle })
            {
                SQLitePCL.raw.sqlite3_trace(handle, (_, sql) => log.Statement(sql.utf8_to_string()), null);
            }
        }
    }
}
