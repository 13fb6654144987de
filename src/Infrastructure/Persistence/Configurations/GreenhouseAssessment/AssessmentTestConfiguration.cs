using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class AssessmentTestConfiguration : IEntityTypeConfiguration<AssessmentTest>
{
    public void Configure(EntityTypeBuilder<AssessmentTest> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.PartnerTestId).HasMaxLength(AssessmentTest.PartnerTestIdMaxLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(AssessmentTest.NameMaxLength).IsRequired();
        builder.Ignore(t => t.Questions);
        builder.Ignore(t => t.IsRunByService);
        // partner_test_id is unique within an organization; other organizations may use the same value.
        builder.HasIndex(t => new { t.OrganizationId, t.PartnerTestId }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
