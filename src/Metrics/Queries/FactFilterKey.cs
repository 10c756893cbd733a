using System.Globalization;

namespace Metrics.Queries;

/// <summary>A <see cref="FactFilter"/> as a string that is equal for equal selections, for cache keys (the record compares its district list by reference).</summary>
internal static class FactFilterKey
{
    public static string Of(FactFilter filter) => string.Join('/',
        string.Join(',', filter.Districts),
        filter.From?.ToString("O", CultureInfo.InvariantCulture),
        filter.To?.ToString("O", CultureInfo.InvariantCulture),
        filter.Stage,
        filter.Kind,
        filter.Boundaries,
        filter.ReviewedOnly);
}
