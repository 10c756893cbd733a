namespace Metrics.Extraction;

/// <summary>The district whose own site an address is on (<c>site-districts.tsv</c>), or null.</summary>
internal static class SiteDistricts
{
    private static readonly Lazy<Dictionary<string, string>> LazyLabels = new(() =>
        ExtractionTable.Read("site-districts.tsv").ToDictionary(r => r["label"], r => r["district"], StringComparer.OrdinalIgnoreCase));

    public static string? Of(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            return null;
        }

        foreach (var label in address.Host.Split('.'))
        {
            if (LazyLabels.Value.TryGetValue(label, out var district))
            {
                return district;
            }
        }

        return null;
    }
}
