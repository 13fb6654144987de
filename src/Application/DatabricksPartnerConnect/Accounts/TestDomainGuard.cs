using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksPartnerConnect.Accounts;

internal static class TestDomainGuard
{
    /// <summary>contract: "This API needs to be limited to databricks test domain names [...] 400 Bad requests if it's called
    /// for any other domain name."</summary>
    public static EmailDomain EnsureDatabricksTestDomain(EmailDomain domain) =>
        domain.IsDatabricksTestDomain
            ? domain
            : throw new PartnerException(ErrorReason.BadRequest, "This operation is limited to Databricks test domains.",
                "Only databricks-test.com, databricks-demo.com and their subdomains may be deleted or expired.");
}
