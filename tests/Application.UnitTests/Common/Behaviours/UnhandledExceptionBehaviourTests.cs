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

public sealed class UnhandledExceptionBehaviourTests
{
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
    public void Handle_UnexpectedException_LogsErrorWithTypeNameAndRethrowsSameException()
    {
        var behaviour = new UnhandledExceptionBehaviour<ConnectCommand, ConnectResult>(_logger);
        var failure = new InvalidOperationException("database is down");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() =>
            behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => throw failure));

        Assert.That(_logs.Entries, Has.Count.EqualTo(1));
        var log = _logs.Entries[0];
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(log.Level, Is.EqualTo(LogLevel.Error));
            Assert.That(log.Exception, Is.SameAs(failure));
            Assert.That(log.Message, Does.Contain(nameof(ConnectCommand)));
            Assert.That(log.Message, Does.Not.Contain(ConnectCommands.Pat).And.Not.Contain(ConnectCommands.Email));
            Assert.That(log.StateValues, Does.Not.Contain(ConnectCommands.Pat).And.Not.Contain(ConnectCommands.OAuthSecret));
        });
    }

    [Test]
    public void Handle_ExpectedRefusals_RethrowsWithoutErrorLog()
    {
        var behaviour = new UnhandledExceptionBehaviour<ConnectCommand, ConnectResult>(_logger);

        Assert.Multiple(() =>
        {
            Assert.ThrowsAsync<PartnerException>(() => behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None,
                () => throw new PartnerException(ErrorReason.AccountNotFound)));
            Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None,
                () => throw new ValidationException([new ValidationFailure("port", "'port' must be between 1 and 65535.")])));
            Assert.ThrowsAsync<OperationCanceledException>(() => behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None,
                () => throw new OperationCanceledException()));
            Assert.ThrowsAsync<DomainRuleException>(() => behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None,
                () => throw new DomainRuleException("This test has already been completed.")));
        });
        Assert.That(_logs.Entries, Is.Empty);
    }

    [Test]
    public async Task Handle_Success_ReturnsResponseWithoutLogging()
    {
        var behaviour = new UnhandledExceptionBehaviour<ConnectCommand, ConnectResult>(_logger);
        var expected = new ConnectResult
        {
            RedirectUri = "https://partner.example.com/sign-in?token=t",
            RedirectValue = RedirectValue.SignIn,
            UserStatus = UserStatus.Existing,
            AccountStatus = AccountStatus.Active,
            ConfiguredResources = false,
        };

        var response = await behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () => Task.FromResult(expected));

        Assert.Multiple(() =>
        {
            Assert.That(response, Is.SameAs(expected));
            Assert.That(_logs.Entries, Is.Empty);
        });
    }
}
