using Partner.Domain.Common;

namespace Partner.Application.Common.Exceptions;

/// <summary>An expected refusal of a request, carried to the error envelope. Messages must never contain a secret.</summary>
public sealed class PartnerException : Exception
{
    public PartnerException(ErrorReason reason, string? displayMessage = null, string? debuggingMessage = null)
        : base(debuggingMessage ?? displayMessage ?? reason.ToString())
    {
        Reason = reason;
        DisplayMessage = displayMessage;
        DebuggingMessage = debuggingMessage;
    }

    public ErrorReason Reason { get; }

    public string? DisplayMessage { get; }

    public string? DebuggingMessage { get; }

    /// <summary>With <see cref="ErrorReason.UpstreamError"/>: what the called service answered.</summary>
    public UpstreamError? Upstream { get; init; }

    /// <summary>With <see cref="ErrorReason.AuthorizationRequired"/>: the page where a user authorizes the connection.</summary>
    public string? AuthorizationUrl { get; init; }
}
