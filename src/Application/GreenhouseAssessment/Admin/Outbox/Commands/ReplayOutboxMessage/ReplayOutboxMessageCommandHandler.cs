using AutoMapper;
using Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;

public sealed class ReplayOutboxMessageCommandHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time)
    : IRequestHandler<ReplayOutboxMessageCommand, OutboxMessageDto>
{
    public async Task<OutboxMessageDto> Handle(ReplayOutboxMessageCommand request, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "No outbox message with this id.");
        message.Replay(time.GetUtcNow());

        await db.SaveChangesAsync(cancellationToken);
        return (await db.WithInterviewIdsAsync([mapper.Map<OutboxMessageDto>(message)], cancellationToken))[0];
    }
}
