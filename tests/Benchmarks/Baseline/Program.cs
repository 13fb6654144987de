// A minimal ASP.NET Core app answering one GET with a short text, as /health/live does: what the framework alone
// serves on this machine, in the same run as the service (tests/Benchmarks/run.sh).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/", () => "Healthy");
await app.RunAsync();
