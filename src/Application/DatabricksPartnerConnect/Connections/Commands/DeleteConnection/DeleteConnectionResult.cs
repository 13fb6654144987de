using System.ComponentModel.DataAnnotations;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.DeleteConnection;

/// <summary>What the partner did about the deletion.</summary>
public sealed record DeleteConnectionResult([property: Required] ResourceStatus ResourceStatus);
