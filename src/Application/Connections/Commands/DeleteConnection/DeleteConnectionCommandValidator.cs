namespace Partner.Application.Connections.Commands.DeleteConnection;

public sealed class DeleteConnectionCommandValidator : AbstractValidator<DeleteConnectionCommand>
{
    public DeleteConnectionCommandValidator() => Include(new ConnectionReferenceValidator());
}
