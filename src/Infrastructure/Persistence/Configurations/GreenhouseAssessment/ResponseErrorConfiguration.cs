using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class ResponseErrorConfiguration : IEntityTypeConfiguration<ResponseError>
{
    public void Configure(EntityTypeBuilder<ResponseError> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ApiCall).HasMaxLength(TextLimits.Identifier).IsRequired();
        builder.Property(e => e.ErrorsJson).IsRequired();
        builder.Property(e => e.PartnerTestId).HasMaxLength(TextLimits.Identifier);
        builder.Property(e => e.PartnerTestName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.PartnerInterviewId).HasMaxLength(TextLimits.Identifier);
        builder.Property(e => e.CandidateEmail).HasMaxLength(TextLimits.Email);
        builder.HasIndex(e => new { e.OrganizationId, e.ReceivedAt });
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
