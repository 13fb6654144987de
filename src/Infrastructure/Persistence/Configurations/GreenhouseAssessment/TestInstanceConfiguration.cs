using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class TestInstanceConfiguration : IEntityTypeConfiguration<TestInstance>
{
    public void Configure(EntityTypeBuilder<TestInstance> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.PartnerInterviewId).HasMaxLength(TextLimits.Identifier).IsRequired();
        // The link's and the results page's tokens are found by their hashes; the tokens themselves are kept encrypted.
        builder.Property(i => i.CandidateTokenHash).HasMaxLength(TextLimits.Sha256Hex);
        builder.HasIndex(i => i.CandidateTokenHash).IsUnique();
        builder.Property(i => i.ProtectedCandidateToken).HasMaxLength(TextLimits.ShortCiphertext);
        builder.Property(i => i.CandidateToken).HasMaxLength(TextLimits.Token);
        builder.HasIndex(i => i.PartnerInterviewId).IsUnique();
        builder.HasIndex(i => i.CandidateToken).IsUnique();
        // An organization's instances, and its sends of the last window (Greenhouse:SendQuota).
        builder.HasIndex(i => new { i.OrganizationId, i.SentAt });
        builder.Property(i => i.FirstName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(i => i.LastName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(i => i.Email).HasMaxLength(TextLimits.Email).IsRequired();
        builder.Property(i => i.GreenhouseProfileUrl).HasMaxLength(TextLimits.Url).IsRequired();
        builder.Property(i => i.ResumeUrl).HasMaxLength(TextLimits.Url);
        builder.Property(i => i.PhoneNumber).HasMaxLength(TextLimits.PhoneNumber);
        builder.Property(i => i.PreferredName).HasMaxLength(TextLimits.Name);
        builder.Property(i => i.SentBy).HasMaxLength(TextLimits.Email);
        builder.Property(i => i.CallbackUrl).HasMaxLength(TextLimits.Url);
        builder.Property(i => i.PartnerProfileUrl).HasMaxLength(TextLimits.Url);
        builder.Property(i => i.ResultsToken).HasMaxLength(TextLimits.Token);
        builder.HasIndex(i => i.ResultsToken).IsUnique();
        builder.Property(i => i.ResultsTokenHash).HasMaxLength(TextLimits.Sha256Hex);
        builder.HasIndex(i => i.ResultsTokenHash).IsUnique();
        builder.Property(i => i.ProtectedResultsUrl).HasMaxLength(TextLimits.Ciphertext);
        builder.Ignore(i => i.Answers);
        // Two completions at once (two submissions, or the assessment product's report): the second save finds the status
        // changed and fails, so a test completes, and calls Greenhouse back, once.
        builder.Property(i => i.Status).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a test must not silently drop the results of candidates who took it.
        builder.HasOne<AssessmentTest>().WithMany().HasForeignKey(i => i.AssessmentTestId).OnDelete(DeleteBehavior.Restrict);
    }
}
