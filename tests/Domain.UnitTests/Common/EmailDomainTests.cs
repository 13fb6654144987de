using Partner.Domain.Common;

namespace Partner.Domain.UnitTests.Common;

public sealed class EmailDomainTests
{
    // docs/contracts/databricks-partner-connect.md "Certification cases": "Test domains for the test-only hooks (delete account, expire account): databricks-test.com and
    // databricks-demo.com, including their subdomains (e.g. abc123.databricks-test.com)."
    [TestCase("databricks-test.com")]
    [TestCase("databricks-demo.com")]
    [TestCase("abc123.databricks-test.com")]
    [TestCase("a.b.c.databricks-demo.com")]
    [TestCase("DATABRICKS-TEST.COM")]
    [TestCase("Abc123.Databricks-Demo.Com")]
    [TestCase("abc123.databricks-test.com.")]
    [TestCase("  abc123.databricks-test.com ")]
    public void IsDatabricksTestDomain_TestDomainOrSubdomain_True(string domain)
    {
        Assert.That(EmailDomain.Parse(domain).IsDatabricksTestDomain, Is.True);
    }

    [TestCase("evildatabricks-test.com")]
    [TestCase("xdatabricks-demo.com")]
    [TestCase("databricks-test.com.evil.org")]
    [TestCase("databricks-demo.com.evil.org")]
    [TestCase("databricks-test.com-evil.org")]
    [TestCase("abc123-databricks-test.com")]
    [TestCase("databricks-test.co")]
    [TestCase("databricks-testcom")]
    [TestCase("databricks.com")]
    [TestCase("example.com")]
    public void IsDatabricksTestDomain_LookAlike_False(string domain)
    {
        Assert.That(EmailDomain.Parse(domain).IsDatabricksTestDomain, Is.False);
    }

    [Test]
    public void FromEmail_MixedCaseSubdomain_LowerCasesDomainAfterAt()
    {
        var domain = EmailDomain.FromEmail("Admin@ABC123.Databricks-Test.com");

        Assert.Multiple(() =>
        {
            Assert.That(domain.Value, Is.EqualTo("abc123.databricks-test.com"));
            Assert.That(domain.ToString(), Is.EqualTo("abc123.databricks-test.com"));
            Assert.That(domain.IsDatabricksTestDomain, Is.True);
        });
    }

    [Test]
    public void FromEmail_LookAlikeDomain_IsNotTestDomain()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EmailDomain.FromEmail("admin@databricks-test.com.evil.org").IsDatabricksTestDomain, Is.False);
            Assert.That(EmailDomain.FromEmail("admin@evildatabricks-test.com").IsDatabricksTestDomain, Is.False);
            Assert.That(EmailDomain.FromEmail("john.doe@databricks.com").IsDatabricksTestDomain, Is.False);
        });
    }

    [Test]
    public void FromEmail_AtSignInLocalPart_TakesDomainAfterLastAt()
    {
        Assert.That(EmailDomain.FromEmail("\"a@databricks-test.com\"@example.com").Value, Is.EqualTo("example.com"));
    }

    [Test]
    public void Parse_DifferentCase_EqualDomains()
    {
        // An account is identified by its domain: Example.COM and example.com are one account.
        Assert.That(EmailDomain.Parse("Example.COM"), Is.EqualTo(EmailDomain.Parse("example.com")));
    }

    [TestCase("john")]
    [TestCase("john@")]
    [TestCase("")]
    [TestCase("   ")]
    public void FromEmail_NoDomain_ThrowsArgumentException(string email)
    {
        Assert.That(() => EmailDomain.FromEmail(email), Throws.InstanceOf<ArgumentException>());
    }
}
