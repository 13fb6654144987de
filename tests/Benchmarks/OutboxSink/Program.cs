using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

// A healthy local SMTP server and callback receiver for tests/Benchmarks/outbox.sh, counting what they receive:
//   SINK_SMTP_PORT (SMTP, no TLS, no AUTH), ASPNETCORE_URLS (HTTP: PATCH /complete/{id} → 204, GET /stats → "emails callbacks").
// POST /baseline?n=N&concurrency=C is the yardstick: the same N e-mails and N PATCHes sent straight from here, with
// MailKit (one connection per message, as the service does) and HttpClient, C at a time; answers the elapsed ms.
var emails = 0L;
var callbacks = 0L;
var smtpPort = int.Parse(Environment.GetEnvironmentVariable("SINK_SMTP_PORT") ?? "2525", System.Globalization.CultureInfo.InvariantCulture);
var listener = new TcpListener(IPAddress.Loopback, smtpPort);
listener.Start(512);
_ = Task.Run(async () =>
{
    while (true)
    {
        var client = await listener.AcceptTcpClientAsync();
        _ = Task.Run(() => ServeSmtpAsync(client, () => Interlocked.Increment(ref emails)));
    }
});

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapMethods("/complete/{id}", ["PATCH"], () =>
{
    Interlocked.Increment(ref callbacks);
    return Results.NoContent();
});
app.MapGet("/stats", () => $"{Interlocked.Read(ref emails)} {Interlocked.Read(ref callbacks)}");
app.MapPost("/reset", () =>
{
    Interlocked.Exchange(ref emails, 0);
    Interlocked.Exchange(ref callbacks, 0);
});
app.MapPost("/baseline", async (int n, int concurrency, HttpContext context) =>
{
    var self = $"{context.Request.Scheme}://{context.Request.Host}";
    using var http = new HttpClient();
    var stopwatch = Stopwatch.StartNew();
    await Parallel.ForAsync(0, 2 * n, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
    {
        if (i % 2 == 0)
        {
            using var smtp = new SmtpClient { Timeout = 30_000 };
            await smtp.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None, ct);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("no-reply@localhost"));
            message.To.Add(MailboxAddress.Parse($"candidate{i}@example.com"));
            message.Subject = "Your assessment";
            message.Body = new TextPart("plain") { Text = "Start here: https://partner.example.com/assessments/token" };
            await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(quit: true, ct);
        }
        else
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, $"{self}/complete/{i}");
            using var response = await http.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }
    });
    return Results.Text(stopwatch.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
});
app.Run();

static async Task ServeSmtpAsync(TcpClient client, Action delivered)
{
    using var _ = client;
    var stream = client.GetStream();
    using var reader = new StreamReader(stream, Encoding.ASCII);
    var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
    try
    {
        await writer.WriteLineAsync("220 sink.localhost ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink.localhost");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                    }

                    delivered();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }
    catch (IOException)
    {
        // The client went away.
    }
}
