namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

public sealed class TestConnectionCommandValidator : AbstractValidator<TestConnectionCommand>
{
    public TestConnectionCommandValidator() => Include(new ConnectionReferenceValidator());
}
