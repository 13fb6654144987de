using System.Text.Json;
using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.UnitTests.GreenhouseAssessment;

/// <summary>contract: partner_status is one of sent, started, complete (and expired); the wire's words do not follow the domain's names.</summary>
public sealed class PartnerStatusTests
{
    private static readonly JsonSerializerOptions OtherNamingPolicy = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseUpper) } };

    [TestCase(TestStatus.Sent, "sent")]
    [TestCase(TestStatus.Started, "started")]
    [TestCase(TestStatus.Complete, "complete")]
    [TestCase(TestStatus.Expired, "expired")]
    public void EveryDomainStatus_HasItsWireWord_WhateverTheNamingPolicy(TestStatus status, string wire)
    {
        Assert.That(JsonSerializer.Serialize(status.ToPartnerStatus(), OtherNamingPolicy), Is.EqualTo($"\"{wire}\""));
    }

    [Test]
    public void EveryDomainStatus_IsMapped()
    {
        Assert.That(Enum.GetValues<TestStatus>().Select(s => s.ToPartnerStatus()), Is.EquivalentTo(Enum.GetValues<PartnerStatus>()));
    }
}
