using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;
using Partner.Domain.Common;
using Partner.Infrastructure.Security;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Connectors;

public sealed class ListConnectorsQueryHandlerTests
{
    private static readonly string[] Identifiers = ["amazon_s3", "adobe_ads", "postgresql", "salesforce", "oracle"];

    private static readonly int[] PageSizes = [2, 2, 1];

    private DataProtectionTokenService _tokens = null!;
    private ListConnectorsQueryHandler _handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        _tokens = new DataProtectionTokenService(new EphemeralDataProtectionProvider(), TimeProvider.System);
        var options = new PartnerConnectOptions
        {
            ConnectorsPageSize = 2,
            Connectors = [.. Identifiers.Select(id => new ConnectorOption { Identifier = id, Name = id, Type = "source" })],
        };
        _handler = new ListConnectorsQueryHandler(Options.Create(options), _tokens);
    }

    [Test]
    public async Task P900_FiveConnectorsPageSizeTwo_ThreePagesLastWithoutToken()
    {
        var pages = new List<ListConnectorsResult>();
        string? token = null;
        do
        {
            var page = await _handler.Handle(new ListConnectorsQuery(token), CancellationToken.None);
            pages.Add(page);
            token = page.PaginationToken;
        }
        while (token is not null && pages.Count < 10);

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Connectors.Count), Is.EqualTo(PageSizes));
            Assert.That(pages.Take(2).Select(p => p.PaginationToken), Has.All.Not.Null.And.All.Not.Empty);
            Assert.That(pages[^1].PaginationToken, Is.Null);
            Assert.That(pages.SelectMany(p => p.Connectors).Select(c => c.Identifier), Is.EqualTo(Identifiers));
            Assert.That(pages.SelectMany(p => p.Connectors).Select(c => c.Type), Has.All.EqualTo("source"));
        });
    }

    [Test]
    public async Task Handle_TamperedToken_ThrowsBadRequest()
    {
        var first = await _handler.Handle(new ListConnectorsQuery(null), CancellationToken.None);
        var token = first.PaginationToken!;
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        var ex = Assert.ThrowsAsync<PartnerException>(() => _handler.Handle(new ListConnectorsQuery(tampered), CancellationToken.None));

        Assert.That(ex!.Reason, Is.EqualTo(ErrorReason.BadRequest));
    }

    [TestCase("101")]
    [TestCase("not a token")]
    public void Handle_ForeignToken_ThrowsBadRequest(string token)
    {
        var ex = Assert.ThrowsAsync<PartnerException>(() => _handler.Handle(new ListConnectorsQuery(token), CancellationToken.None));

        Assert.That(ex!.Reason, Is.EqualTo(ErrorReason.BadRequest));
    }

    [Test]
    public void Handle_TokenIssuedForOtherPurpose_ThrowsBadRequest()
    {
        var redirectToken = _tokens.Issue("Partner.Landing.Redirect", new { Offset = 2 });

        var ex = Assert.ThrowsAsync<PartnerException>(() => _handler.Handle(new ListConnectorsQuery(redirectToken), CancellationToken.None));

        Assert.That(ex!.Reason, Is.EqualTo(ErrorReason.BadRequest));
    }

    [Test]
    public void Handle_OffsetBeyondList_ThrowsBadRequest()
    {
        var beyond = _tokens.Issue(ListConnectorsQueryHandler.TokenPurpose, new { Offset = Identifiers.Length + 1 });

        var ex = Assert.ThrowsAsync<PartnerException>(() => _handler.Handle(new ListConnectorsQuery(beyond), CancellationToken.None));

        Assert.That(ex!.Reason, Is.EqualTo(ErrorReason.BadRequest));
    }
}
