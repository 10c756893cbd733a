namespace Dashboard;

/// <summary>The <c>Dashboard</c> configuration section, read the same way by the web app and every verb.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Folder imported when the database holds no articles (relative to the working directory, else to the app).</summary>
    public string SeedPath { get; set; } = "seed";

    /// <summary>Largest article file accepted, in bytes.</summary>
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The admin's password; when unset, one is generated at first start, its hash stored, and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The key scripts send as <c>X-Api-Key</c> to <c>POST /api/articles</c>; unset = no key works.</summary>
    public string? ApiKey { get; set; }

    /// <summary>True: every page and API asks for the admin sign-in, not only import and review.</summary>
    public bool RequireLoginForViewing { get; set; }

    /// <summary>Wrong passwords in a row from one client address before that address must wait between tries.</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>The longest wait of an address after wrong passwords (the waits double from 30 seconds up to it).</summary>
    public double LockoutMinutes { get; set; } = 15;

    /// <summary>Requests a minute one client address may make to pages, panels, embeds and the API without signing in; 0 = no limit.</summary>
    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>Requests such an address may make at once before <see cref="RateLimitPerMinute"/> paces it.</summary>
    public int RateLimitBurst { get; set; } = 300;

    /// <summary>Anonymous requests worked on at once over all addresses, for each of pages, panels and embeds, and the API; 0 = no limit.</summary>
    public int AnonymousConcurrentRequests { get; set; } = 16;

    /// <summary>Anonymous requests of each kind that may wait for one of those places; more get 429 at once.</summary>
    public int AnonymousQueuedRequests { get; set; } = 64;

    /// <summary>Pixels drawn at once over all image requests (4 bytes each while drawing); a request over it waits briefly, then gets 429.</summary>
    public long ImagePixelsInFlight { get; set; } = 32_000_000;

    /// <summary>The seed folder as a full path: as configured if it exists there, else beside the app's binaries.</summary>
    public string ResolveSeedPath()
    {
        if (Path.IsPathRooted(SeedPath) || Directory.Exists(SeedPath))
        {
            return Path.GetFullPath(SeedPath);
        }

        return Path.Combine(AppContext.BaseDirectory, SeedPath);
    }
}
