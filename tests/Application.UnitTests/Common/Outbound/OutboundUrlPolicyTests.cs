using System.Net;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Outbound;
using Partner.Application.GreenhouseAssessment;

namespace Partner.Application.UnitTests.Common.Outbound;

/// <summary>The outbound URL policy's rules, one table per rule; the shipped defaults unless a case says otherwise.</summary>
public sealed class OutboundUrlPolicyTests
{
    [TestCase("*.greenhouse.io", "app.greenhouse.io", true)]
    [TestCase("*.greenhouse.io", "a.b.greenhouse.io", true)]
    [TestCase("*.greenhouse.io", "APP.GREENHOUSE.IO.", true)]
    [TestCase("*.greenhouse.io", "greenhouse.io", false)]
    [TestCase("*.greenhouse.io", "evilgreenhouse.io", false)]
    [TestCase("*.greenhouse.io", "app.greenhouse.io.evil.example", false)]
    [TestCase("app.greenhouse.io", "app.greenhouse.io", true)]
    [TestCase("app.greenhouse.io", "x.app.greenhouse.io", false)]
    [TestCase("*", "anything.example", true)]
    [TestCase("127.0.0.1", "127.0.0.1", true)]
    public void HostAllowList_MatchesSubdomainsExactHostsAndStar(string pattern, string host, bool allowed) =>
        Assert.That(HostAllowList.Allows([pattern], host), Is.EqualTo(allowed));

    [TestCase("*", true)]
    [TestCase("*.greenhouse.io", true)]
    [TestCase("app.greenhouse.io", true)]
    [TestCase("127.0.0.1", true)]
    [TestCase("", false)]
    [TestCase("*.", false)]
    [TestCase("https://app.greenhouse.io", false)]
    [TestCase("app.greenhouse.io/path", false)]
    public void HostAllowList_ValidPatterns(string pattern, bool valid) => Assert.That(HostAllowList.IsValidPattern(pattern), Is.EqualTo(valid));

    [TestCase("127.0.0.1", "a loopback")]
    [TestCase("127.255.0.9", "a loopback")]
    [TestCase("::1", "a loopback")]
    [TestCase("::ffff:127.0.0.1", "a loopback")]
    [TestCase("64:ff9b::7f00:1", "a loopback")]
    [TestCase("10.0.0.1", "a private")]
    [TestCase("172.16.5.4", "a private")]
    [TestCase("172.31.255.255", "a private")]
    [TestCase("192.168.1.1", "a private")]
    [TestCase("fd00::1", "a private")]
    [TestCase("169.254.169.254", "a link-local")]
    [TestCase("fe80::1", "a link-local")]
    [TestCase("224.0.0.1", "a multicast")]
    [TestCase("ff02::1", "a multicast")]
    [TestCase("0.0.0.0", "an unspecified")]
    [TestCase("::", "an unspecified")]
    [TestCase("255.255.255.255", "a reserved")]
    [TestCase("100.64.0.1", "a private (carrier-grade NAT)")]
    [TestCase("8.8.8.8", null)]
    [TestCase("172.32.0.1", null)]
    [TestCase("2606:4700::1111", null)]
    public void NonPublicAddresses_Kind(string address, string? kind) => Assert.That(NonPublicAddresses.Kind(IPAddress.Parse(address)), Is.EqualTo(kind));

    [TestCase("https://app.greenhouse.io/done", null)]
    [TestCase("http://app.greenhouse.io/done", "url must use https: plain http is refused (Outbound:AllowHttp permits it, for tests only).")]
    [TestCase("ftp://app.greenhouse.io/done", "url must be an absolute https URL.")]
    [TestCase("https://u:p@app.greenhouse.io/done", "url must not carry a user name or password.")]
    [TestCase("https://example.com/done", "url's host example.com is not on the allow-list Greenhouse:CallbackHosts (*.greenhouse.io).")]
    public void Refusal_GreenhouseCallback_ShippedDefaults(string url, string? refusal) =>
        Assert.That(Policy().Refusal(OutboundDestination.GreenhouseCallback, new Uri(url)), Is.EqualTo(refusal));

    [TestCase("https://dbc-1.cloud.databricks.com/?o=1", null)]
    [TestCase("https://adb-1.2.azuredatabricks.net", null)]
    [TestCase("https://1.2.gcp.databricks.com", null)]
    [TestCase("https://evil.example/?o=1", "workspace_url's host evil.example is not on the allow-list Databricks:WorkspaceHosts "
        + "(*.cloud.databricks.com, *.azuredatabricks.net, *.gcp.databricks.com).")]
    public void Refusal_DatabricksWorkspace_ShippedDefaults(string url, string? refusal) =>
        Assert.That(Policy().Refusal(OutboundDestination.DatabricksWorkspace, new Uri(url)), Is.EqualTo(refusal));

    [Test]
    public void Refusal_DatabricksAllowInsecureHttp_StillPermitsHttpWorkspaces_ButNotHttpCallbacks()
    {
        var policy = Policy(databricks: new DatabricksOptions { AllowInsecureHttp = true, WorkspaceHosts = ["*"] },
            greenhouse: new GreenhouseOptions { CallbackHosts = ["*"] }, outbound: new OutboundOptions { AllowPrivateAddresses = true });

        Assert.Multiple(() =>
        {
            Assert.That(policy.Refusal(OutboundDestination.DatabricksWorkspace, new Uri("http://127.0.0.1:8080")), Is.Null);
            Assert.That(policy.Refusal(OutboundDestination.GreenhouseCallback, new Uri("http://127.0.0.1:8080")), Does.StartWith("url must use https"));
        });
    }

    [Test]
    public void AddressRefusal_NamesTheHostAndTheSetting_AndAllowPrivateAddressesLiftsIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Policy().AddressRefusal("db.internal", IPAddress.Parse("10.0.0.7")),
                Is.EqualTo("db.internal resolves to a private address, which outbound calls never reach "
                    + "(Outbound:AllowPrivateAddresses permits it, for tests only)."));
            Assert.That(Policy().AddressRefusal("app.greenhouse.io", IPAddress.Parse("104.18.1.1")), Is.Null);
            Assert.That(Policy(outbound: new OutboundOptions { AllowPrivateAddresses = true }).AddressRefusal("db.internal", IPAddress.Parse("10.0.0.7")),
                Is.Null);
        });
    }

    private static OutboundUrlPolicy Policy(OutboundOptions? outbound = null, GreenhouseOptions? greenhouse = null, DatabricksOptions? databricks = null) =>
        new(Options.Create(outbound ?? new OutboundOptions()), Options.Create(greenhouse ?? new GreenhouseOptions()),
            Options.Create(databricks ?? new DatabricksOptions()));
}
