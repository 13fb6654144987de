namespace Partner.WebApi.Pages;

/// <summary>What every page's layout shows: the brand (<see cref="PageBrand"/>) and the title.</summary>
public interface IBrandedPage
{
    PageBrand Brand { get; }

    string Title { get; }
}
