namespace Partner.WebApi.Pages;

/// <summary>A link of a page: where and what it says.</summary>
public sealed record PageLink(string Url, string Text);
