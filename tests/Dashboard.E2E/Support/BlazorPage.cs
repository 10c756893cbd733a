using Microsoft.Playwright;

namespace Dashboard.E2E.Support;

/// <summary>Opening app pages the way a user does, and waiting until they answer clicks.</summary>
internal static class BlazorPage
{
    /// <summary>
    /// A fresh browser context (own cookies) with a zh-CN page at <paramref name="width"/>×<paramref name="height"/>;
    /// with <paramref name="baseAddress"/>, paths such as <c>/review</c> (and its API requests) go to that app.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, int width = 1366, int height = 768, Uri? baseAddress = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            BaseURL = baseAddress?.ToString(),
        });
        return await context.NewPageAsync();
    }

    /// <summary>Goes to <paramref name="address"/> and waits until the server circuit has taken the page over.</summary>
    public static async Task GoToAsync(IPage page, Uri address)
    {
        await page.GotoAsync(address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page);
    }

    /// <summary>Waits until the layout says the server circuit renders the page (<c>data-interactive</c>): only then do clicks reach C#.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync(".mud-main-content[data-interactive]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 20_000 });

    /// <summary>
    /// Waits until the address contains <paramref name="part"/>. Blazor changes the address in place (history.pushState),
    /// which <c>WaitForURLAsync</c> can take for a page load and wait for a load event that never comes; this reads the address.
    /// </summary>
    public static Task WaitForAddressAsync(IPage page, string part, float timeout = 30_000) =>
        page.WaitForFunctionAsync("part => location.href.includes(part)", part, new PageWaitForFunctionOptions { Timeout = timeout });

    /// <summary>
    /// Waits for <paramref name="expected"/>; when it does not come, saves the page as <paramref name="screenshot"/>
    /// and fails with what the page shows in its alerts, so a failure in CI can be read without running it again.
    /// </summary>
    public static async Task WaitOrExplainAsync(IPage page, ILocator expected, string screenshot)
    {
        try
        {
            await expected.WaitForAsync();
        }
        catch (TimeoutException timeout)
        {
            await ScreenshotAsync(page, screenshot);
            var alerts = await page.Locator(".mud-alert").AllInnerTextsAsync();
            var interactive = await page.Locator("[data-interactive='true']").CountAsync() > 0;
            throw new TimeoutException(
                $"{timeout.Message}\nPage {page.Url}, interactive: {interactive}; alerts: [{string.Join(" | ", alerts)}]; screenshot artifacts/screenshots/{screenshot}", timeout);
        }
    }

    /// <summary>Saves the whole page as <c>artifacts/screenshots/<paramref name="name"/></c>.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name), FullPage = true });

    /// <summary>The page's background colour as the browser computes it (<c>rgb(…)</c>).</summary>
    public static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
