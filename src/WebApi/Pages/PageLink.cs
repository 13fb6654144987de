namespace Partner.WebApi.Pages;

public sealed record PageLink(string Url, string Text);
