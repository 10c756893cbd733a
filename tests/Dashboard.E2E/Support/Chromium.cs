using Microsoft.Playwright;

namespace Dashboard.E2E.Support;

/// <summary>Debian's chromium driven by Playwright. A missing browser fails the tests: they never skip.</summary>
public sealed class Chromium : IAsyncLifetime
{
    // Without the background-networking flags chromium stalls on this closed network.
    private static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("DASHBOARD_CHROMIUM");
            var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"Chromium not found at {path}. Install Debian's chromium (apt-get install chromium) or set DASHBOARD_CHROMIUM; run the tests through scripts/test.sh, which installs it.");
            }

            return path;
        }
    }

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
