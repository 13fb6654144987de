using AutoMapper;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;

/// <summary>An account as operators see it.</summary>
public sealed record AccountDto
{
    public Guid Id { get; init; }

    /// <summary>The e-mail domain.</summary>
    /// <example>example.com</example>
    public string Domain { get; init; } = string.Empty;

    /// <summary>active or expired.</summary>
    public TrialState TrialState { get; init; }

    public DateTimeOffset TrialEndsAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int UserCount { get; init; }

    public int LiveConnectionCount { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Account, AccountDto>()
            .ForMember(d => d.UserCount, o => o.Ignore())
            .ForMember(d => d.LiveConnectionCount, o => o.Ignore());
    }
}
