using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations;

internal static class OrganizationLookup
{
    public static async Task EnsureExistsAsync(this IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw new PartnerException(ErrorReason.NotFound, "No organization with this id.");
        }
    }
}
