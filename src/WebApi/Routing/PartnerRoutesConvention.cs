using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.WebApi.Routing;

/// <summary>Routes the Databricks actions at the PartnerConfig endpoints, so the file Databricks reads and the server always agree.</summary>
public sealed class PartnerRoutesConvention(PartnerEndpoints endpoints) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var controller in application.Controllers)
        {
            foreach (var action in controller.Actions.ToList())
            {
                var marker = action.Attributes.OfType<PartnerEndpointAttribute>().FirstOrDefault();
                if (marker is null)
                {
                    continue;
                }

                var path = PathFor(marker.Endpoint);
                if (string.IsNullOrWhiteSpace(path))
                {
                    controller.Actions.Remove(action);
                    continue;
                }

                foreach (var selector in action.Selectors)
                {
                    selector.AttributeRouteModel = new AttributeRouteModel { Template = path.TrimStart('/') };
                }
            }
        }
    }

    public string? PathFor(PartnerEndpoint endpoint) => endpoint switch
    {
        PartnerEndpoint.Connect => endpoints.ConnectPath,
        PartnerEndpoint.GetConnectors => endpoints.GetConnectorsPath,
        PartnerEndpoint.TestConnection => endpoints.TestConnectionPath,
        PartnerEndpoint.DeleteAccount => endpoints.DeleteAccountPath,
        PartnerEndpoint.ExpireAccount => endpoints.ExpireAccountPath,
        _ => endpoints.DeleteConnectionPath,
    };
}

/// <summary>Adds <see cref="PartnerRoutesConvention"/> once the PartnerConfig has been read and validated.</summary>
public sealed class PartnerRoutesSetup(IOptions<PartnerConfig> partnerConfig) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Conventions.Add(new PartnerRoutesConvention(partnerConfig.Value.Endpoints ?? new PartnerEndpoints()));
    }
}
