namespace Partner.WebApi.Pages;

public sealed record MessageView(string Title, string Message, PageBrand Brand, PageLink? Back = null) : IBrandedPage;
