using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations;

internal static class OrganizationLookup
{
    public static async Task EnsureExistsAsync(this IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw NotFound();
        }
    }

    /// <summary>The organization, tracked for a change (or not, for a read); 404 when there is none.</summary>
    public static async Task<Organization> OrganizationAsync(this IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken,
        bool tracked = true) =>
        await (tracked ? db.Organizations : db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken)
        ?? throw NotFound();

    /// <summary>The 404 of an organization id nobody has.</summary>
    public static PartnerException NotFound() => new(ErrorReason.NotFound, "No organization with this id.");
}
