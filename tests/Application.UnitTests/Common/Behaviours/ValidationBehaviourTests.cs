using FluentValidation;
using Partner.Application.Common.Behaviours;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Application.UnitTests.DatabricksPartnerConnect.Connections;

namespace Partner.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly string[] PortAndCloudProvider = ["port", "cloud_provider"];

    private static readonly string[] PortAndHostname = ["port", "hostname"];

    [Test]
    public void Handle_InvalidRequest_ThrowsValidationExceptionWithoutCallingNext()
    {
        var behaviour = new ValidationBehaviour<ConnectCommand, ConnectResult>([ConnectCommands.Validator()]);
        var nextCalls = 0;
        var invalid = ConnectCommands.SeedExample() with { Port = 0, CloudProvider = "oracle" };

        var ex = Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(invalid, CancellationToken.None, () =>
        {
            nextCalls++;
            return Task.FromResult(Result());
        }));

        Assert.Multiple(() =>
        {
            Assert.That(nextCalls, Is.Zero);
            Assert.That(ex!.Errors.Select(e => e.PropertyName), Is.EquivalentTo(PortAndCloudProvider));
        });
    }

    [Test]
    public void Handle_FailuresOfSeveralValidators_ThrowsWithAllOfThem()
    {
        var extra = new InlineValidator<ConnectCommand>();
        extra.RuleFor(c => c.Hostname).Must(_ => false).OverridePropertyName("hostname").WithMessage("hostname is refused.");
        var behaviour = new ValidationBehaviour<ConnectCommand, ConnectResult>([ConnectCommands.Validator(), extra]);
        var invalid = ConnectCommands.SeedExample() with { Port = 70000 };

        var ex = Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(invalid, CancellationToken.None, () => Task.FromResult(Result())));

        Assert.That(ex!.Errors.Select(e => e.PropertyName), Is.EquivalentTo(PortAndHostname));
    }

    [Test]
    public async Task Handle_ValidRequest_CallsNextOnceAndReturnsItsResponse()
    {
        var behaviour = new ValidationBehaviour<ConnectCommand, ConnectResult>([ConnectCommands.Validator()]);
        var nextCalls = 0;
        var expected = Result();

        var response = await behaviour.Handle(ConnectCommands.SeedExample(), CancellationToken.None, () =>
        {
            nextCalls++;
            return Task.FromResult(expected);
        });

        Assert.Multiple(() =>
        {
            Assert.That(nextCalls, Is.EqualTo(1));
            Assert.That(response, Is.SameAs(expected));
        });
    }

    private static ConnectResult Result() => new()
    {
        RedirectUri = "https://partner.example.com/create-trial?token=t",
        RedirectValue = Domain.DatabricksPartnerConnect.Connections.RedirectValue.CreateTrial,
        UserStatus = Domain.DatabricksPartnerConnect.Connections.UserStatus.New,
        AccountStatus = Domain.DatabricksPartnerConnect.Accounts.AccountStatus.New,
        ConfiguredResources = true,
        ConnectionId = "7f2e4c43-9714-47cf-9011-d8148eaa27a2",
    };
}
