using System.Drawing;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Partner.WebApi.FunctionalTests.Browser;

/// <summary>
/// Debian's chromium, headless, driven by its chromium-driver through Selenium (no browser download), with JavaScript
/// switched off: the pages must work without it. Missing browser: the test is ignored locally and fails in CI (CI=true),
/// where .ci/run installs both packages. Screenshots go to artifacts/screenshots (PARTNER_SCREENSHOTS overrides).
/// </summary>
public static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            var how = $"install Debian's chromium and chromium-driver ({Browser}, {Driver}); .ci/run does";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI must run the browser tests: " + how);
            }

            Assert.Ignore("No browser: " + how);
        }

        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,1000",
            "--lang=en-US");
        options.AddUserProfilePreference("profile.managed_default_content_settings.javascript", 2);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        // A page being loaded after a click: elements are looked for until they appear.
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(10);
        return driver;
    }

    /// <summary>Saves the page as artifacts/screenshots/<paramref name="name"/>.png (a CI artifact) and returns the path.</summary>
    public static string Screenshot(this IWebDriver driver, string name)
    {
        var directory = Environment.GetEnvironmentVariable("PARTNER_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        TestContext.AddTestAttachment(path);
        return path;
    }

    /// <summary>
    /// WCAG contrast ratio of the element's text colour against the first non-transparent background behind it.
    /// </summary>
    public static double Contrast(IWebElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var foreground = ParseColor(element.GetCssValue("color"));
        var background = Color.White;
        for (var current = element; current is not null; current = Parent(current))
        {
            var color = ParseColor(current.GetCssValue("background-color"));
            if (color.A > 0)
            {
                background = color;
                break;
            }
        }

        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static IWebElement? Parent(IWebElement element) =>
        element.TagName == "html" ? null : element.FindElement(By.XPath(".."));

    private static Color ParseColor(string css)
    {
        // rgb(r, g, b) or rgba(r, g, b, a)
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.TrimEntries);
        var alpha = parts.Length == 4 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : 1;
        return Color.FromArgb((int)Math.Round(alpha * 255), int.Parse(parts[0], CultureInfo.InvariantCulture),
            int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static double Luminance(Color color)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));
    }

    /// <summary>Clicks what leads to another page and waits until the old page is gone.</summary>
    public static void Navigate(IWebElement element)
    {
        element.Click();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                _ = element.Enabled;
            }
            catch (StaleElementReferenceException)
            {
                return;
            }
            catch (UnknownErrorException ex) when (ex.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                return; // the same, seen mid-navigation
            }

            Thread.Sleep(50);
        }

        Assert.Fail("The click did not lead to another page within 20 s.");
    }

    /// <summary>
    /// One h1, a lang, every input labelled, every text at least 4.5:1 against its background (WCAG AA); then a screenshot.
    /// </summary>
    public static void AssertAccessible(this ChromeDriver browser, string screenshot)
    {
        browser.Screenshot(screenshot);
        var timeouts = browser.Manage().Timeouts();
        var wait = timeouts.ImplicitWait;
        timeouts.ImplicitWait = TimeSpan.Zero; // the page is loaded; a missing element is an answer here, not a wait
        try
        {
            AssertStructureAndContrast(browser);
        }
        finally
        {
            timeouts.ImplicitWait = wait;
        }
    }

    private static void AssertStructureAndContrast(ChromeDriver browser)
    {
        Assert.Multiple(() =>
        {
            Assert.That(browser.FindElements(By.TagName("h1")), Has.Count.EqualTo(1), "one h1");
            Assert.That(browser.FindElement(By.TagName("html")).GetAttribute("lang"), Is.EqualTo("en"));
            foreach (var input in browser.FindElements(By.CssSelector("input:not([type=hidden])")))
            {
                var id = input.GetAttribute("id");
                Assert.That(browser.FindElements(By.CssSelector($"label[for='{id}']")), Has.Count.EqualTo(1), $"a label for input {id}");
            }

            foreach (var text in browser.FindElements(By.CssSelector("h1, h2, p, th, td, li, label, a, button, span")).Where(e => e.Displayed && e.Text.Length > 0))
            {
                Assert.That(Contrast(text), Is.GreaterThanOrEqualTo(4.5), $"contrast of <{text.TagName}> \"{text.Text}\"");
            }
        });
    }
}
