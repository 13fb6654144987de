using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Metrics;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

namespace Partner.Application.DatabricksPartnerConnect.Behaviours;

public sealed class ConnectMetricsBehaviour(PartnerMetrics metrics) : IPipelineBehavior<ConnectCommand, ConnectResult>
{
    public async Task<ConnectResult> Handle(ConnectCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<ConnectResult> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var result = await next();
            metrics.Connect(PartnerMetrics.Word(result.RedirectValue.ToString()), "handled");
            return result;
        }
        catch (PartnerException ex)
        {
            metrics.Connect("none", PartnerMetrics.Word(ex.Reason.ToString()));
            throw;
        }
        catch (ValidationException)
        {
            metrics.Connect("none", "bad_request");
            throw;
        }
    }
}
