using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.Common.Behaviours;

/// <summary>
/// Runs a request marked <see cref="IRetriedOnWriteConflict"/> again after a write conflict
/// (<see cref="IApplicationDbContext.IsWriteConflict"/>): the next run reads the new state, so a race answers what a
/// sequential repeat would. Only marked requests: a use case that calls out before it saves must not repeat the call.
/// </summary>
public sealed class WriteConflictRetryBehaviour<TRequest, TResponse>(IApplicationDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>Each conflict means another request's write succeeded, so this bound is far above what a race of one customer's requests reaches.</summary>
    public const int MaxAttempts = 10;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not IRetriedOnWriteConflict)
        {
            return await next();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next();
            }
            catch (DbUpdateException ex) when (db.IsWriteConflict(ex))
            {
                db.DiscardChanges();
                if (attempt == MaxAttempts)
                {
                    throw new PartnerException(ErrorReason.Conflict, "Another request changed the same data at the same time. Please try again.",
                        $"{typeof(TRequest).Name} conflicted with concurrent writes {MaxAttempts} times.");
                }
            }
        }
    }
}

/// <summary>Marks a command that is safe to run again after a write conflict (see <see cref="WriteConflictRetryBehaviour{TRequest, TResponse}"/>).</summary>
public interface IRetriedOnWriteConflict;
