namespace Partner.WebApi.Pages;

public interface IBrandedPage
{
    PageBrand Brand { get; }

    string Title { get; }
}
