namespace Partner.WebApi.Pages;

/// <summary>Marks an endpoint that answers people with HTML, so its errors are HTML pages too.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class HtmlPageAttribute : Attribute;
