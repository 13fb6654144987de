namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>contract: resource_status of delete-connection.</summary>
public enum ResourceStatus
{
    ResourcesDeleted,
    ResourcesPendingDeletion,
    DeletionAcknowledged,
    UserUnauthorized,
}
