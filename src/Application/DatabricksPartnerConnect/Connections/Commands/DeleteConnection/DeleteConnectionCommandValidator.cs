namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.DeleteConnection;

public sealed class DeleteConnectionCommandValidator : AbstractValidator<DeleteConnectionCommand>
{
    public DeleteConnectionCommandValidator() => Include(new ConnectionReferenceValidator());
}
