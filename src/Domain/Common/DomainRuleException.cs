namespace Partner.Domain.Common;

/// <summary>An illegal state transition of an entity (for example completing a test twice).</summary>
public sealed class DomainRuleException(string message) : Exception(message);
