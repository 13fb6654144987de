namespace Partner.Application.Connections.Commands.TestConnection;

public sealed class TestConnectionCommandValidator : AbstractValidator<TestConnectionCommand>
{
    public TestConnectionCommandValidator() => Include(new ConnectionReferenceValidator());
}
