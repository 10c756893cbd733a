namespace Dashboard.Embedding;

/// <summary>
/// The embedding keys of the <c>Dashboard</c> configuration section (bound from the same section
/// as <see cref="DashboardOptions"/>).
/// </summary>
public sealed class EmbedOptions
{
    /// <summary>
    /// Origins allowed to frame <c>/embed</c> pages and <c>/panels</c> images
    /// (<c>https://intranet.example.cn</c>), as an array or one comma- or space-separated string.
    /// </summary>
    public string[] EmbedAllowedOrigins { get; set; } = [];

    /// <summary>Key for signing embed and image links; none = links cannot be signed.</summary>
    public string? EmbedSigningKey { get; set; }

    /// <summary>When true, viewing needs a sign-in, and embeds work only through signed links.</summary>
    public bool RequireLoginForViewing { get; set; }

    /// <summary>How long a signed link the embed dialog makes stays valid.</summary>
    public int EmbedLinkDays { get; set; } = 365;

    /// <summary>The allowed origins, one each, with a configured string split on commas and spaces.</summary>
    public IReadOnlyList<string> AllowedOrigins =>
        EmbedAllowedOrigins
            .SelectMany(o => o.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(o => o.TrimEnd('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    public bool CanSign => !string.IsNullOrWhiteSpace(EmbedSigningKey);
}
