using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Behaviours;
using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Application.UnitTests.DatabricksPartnerConnect.Connections;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.TestSupport;

namespace Partner.Application.UnitTests.Common.Behaviours;

/// <summary>docs/architecture.md "Conventions" (logs): LoggingBehaviour logs the request type, the outcome and the elapsed time, never the request object.</summary>
public sealed class LoggingBehaviourTests
{
    private static readonly string[] Secrets = [ConnectCommands.Pat, ConnectCommands.OAuthSecret, ConnectCommands.Email];

    private CapturedLogs _logs = null!;
    private ILogger<ConnectCommand> _logger = null!;

    // NUnit reuses one fixture instance for all its tests: a fresh logger per test.
    [SetUp]
    public void CreateLogger()
    {
        _logs = new CapturedLogs();
        _logger = _logs.CreateLogger<ConnectCommand>();
    }

    [TearDown]
    public void DisposeLogs() => _logs.Dispose();

    [Test]
    public async Task Handle_Success_LogsRequestTypeNameButNoSecret()
    {
        var behaviour = new LoggingBehaviour<ConnectCommand, ConnectResult>(_logger);

        await behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => Task.FromResult(Result()));

        Assert.That(_logs.Entries, Has.Count.EqualTo(1));
        var log = _logs.Entries[0];
        Assert.Multiple(() =>
        {
            Assert.That(log.Level, Is.EqualTo(LogLevel.Debug));
            Assert.That(log.Message, Does.Contain(nameof(ConnectCommand)));
            AssertNoSecret(_logs);
        });
    }

    [Test]
    public void Handle_Refusal_LogsReasonAtInformationAndRethrows()
    {
        var behaviour = new LoggingBehaviour<ConnectCommand, ConnectResult>(_logger);
        var refusal = new PartnerException(ErrorReason.ConnectionNotFound, "Delete the connection in Databricks.");

        var thrown = Assert.ThrowsAsync<PartnerException>(() =>
            behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => throw refusal));

        Assert.That(_logs.Entries, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(refusal));
            Assert.That(_logs.Entries[0].Level, Is.EqualTo(LogLevel.Information));
            Assert.That(_logs.Entries[0].Message, Does.Contain(nameof(ConnectCommand)).And.Contain(nameof(ErrorReason.ConnectionNotFound)));
            AssertNoSecret(_logs);
        });
    }

    [Test]
    public void Handle_DomainRuleRefusal_LogsConflictAtInformationAndRethrows()
    {
        var behaviour = new LoggingBehaviour<ConnectCommand, ConnectResult>(_logger);
        var refusal = new DomainRuleException("This test has already been completed.");

        var thrown = Assert.ThrowsAsync<DomainRuleException>(() =>
            behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => throw refusal));

        Assert.That(_logs.Entries, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(refusal));
            Assert.That(_logs.Entries[0].Level, Is.EqualTo(LogLevel.Information));
            Assert.That(_logs.Entries[0].Message, Does.Contain(nameof(ErrorReason.Conflict)));
        });
    }

    [Test]
    public void Handle_ValidationFailureCarryingSecret_LogsPropertyNamesOnly()
    {
        var behaviour = new LoggingBehaviour<ConnectCommand, ConnectResult>(_logger);
        var invalid = new ValidationException(
        [
            new ValidationFailure("user_info.auth.personal_access_token", $"too long: {ConnectCommands.Pat}", ConnectCommands.Pat),
            new ValidationFailure("user_info.email", $"bad: {ConnectCommands.Email}", ConnectCommands.Email),
        ]);

        Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => throw invalid));

        Assert.That(_logs.Entries, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(_logs.Entries[0].Message, Does.Contain("user_info.auth.personal_access_token").And.Contain("user_info.email"));
            AssertNoSecret(_logs);
        });
    }

    private static void AssertNoSecret(CapturedLogs logs)
    {
        var written = string.Join(Environment.NewLine, logs.Entries.Select(l => l.FullText).Concat(logs.Scopes));
        foreach (var secret in Secrets)
        {
            Assert.That(written, Does.Not.Contain(secret));
        }
    }

    private static ConnectResult Result() => new()
    {
        RedirectUri = "https://partner.example.com/sign-in?token=t",
        RedirectValue = RedirectValue.SignIn,
        UserStatus = UserStatus.Existing,
        AccountStatus = AccountStatus.Active,
        ConfiguredResources = false,
    };
}
