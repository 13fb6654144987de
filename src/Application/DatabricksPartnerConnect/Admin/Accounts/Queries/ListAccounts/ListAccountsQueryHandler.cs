using AutoMapper;
using AutoMapper.QueryableExtensions;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Models;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;

public sealed class ListAccountsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListAccountsQuery, PagedResult<AccountDto>>
{
    public async Task<PagedResult<AccountDto>> Handle(ListAccountsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Accounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Domain))
        {
            var domain = request.Domain.Trim().ToLowerInvariant();
            query = query.Where(a => a.Domain == domain);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(a => a.Domain).TakePage(request)
            .ProjectTo<AccountDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var ids = page.Select(a => a.Id).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.AccountId)).GroupBy(u => u.AccountId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var connections = await db.Connections.Where(c => ids.Contains(c.AccountId) && c.DeletedAt == null).GroupBy(c => c.AccountId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var items = page.Select(a => a with
        {
            UserCount = users.GetValueOrDefault(a.Id),
            LiveConnectionCount = connections.GetValueOrDefault(a.Id),
        }).ToList();
        return PagedResult.Of(items, request, total);
    }
}
