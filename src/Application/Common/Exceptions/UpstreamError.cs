namespace Partner.Application.Common.Exceptions;

/// <summary>What a service we called (a Databricks workspace) answered, shown to the operator as it came.</summary>
/// <param name="Status">The HTTP status it answered with; null when it could not be reached.</param>
/// <param name="ErrorCode">Its error_code, e.g. INVALID_PARAMETER_VALUE.</param>
/// <param name="Message">Its message, or what went wrong on the way.</param>
public sealed record UpstreamError(int? Status, string? ErrorCode, string? Message);
