using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.OAuth.Commands.StartAuthorization;

/// <summary>A landing page's "Authorize Databricks"; <paramref name="Token"/> is the landing page's token.</summary>
public sealed record StartAuthorizationCommand(string? Token, Guid ConnectionId) : IRequest<StartAuthorizationResult>, IRetriedOnWriteConflict;
