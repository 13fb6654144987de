namespace Partner.WebApi.Pages;

/// <summary>A page with a title and one message (errors), and a link back where there is somewhere to go back to.</summary>
public sealed record MessageView(string Title, string Message, PageBrand Brand, PageLink? Back = null) : IBrandedPage;
