using Metrics.Extraction.Facts;
using Metrics.Extraction.Text;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// A fact dated before a district was merged keeps the district of its day: in a 2021 report, 2019年12月由原港闸区
/// 签约 is 港闸区's, though the gazetteer reads 港闸区 at publication as 崇川区 (GOLD_SCHEMA: the district's
/// official name at the time of the fact).
/// </summary>
internal static class HistoricalDistrict
{
    public static ExtractedFact AtItsDate(ArticleText article, ExtractedFact fact)
    {
        if (fact.District is null || ParseStart(fact.Date) is not { } day || day >= (article.Published ?? DateOnly.MaxValue))
        {
            return fact;
        }

        var gazetteer = NantongGazetteer.Load();
        var start = fact.EvidenceStart;
        var end = start + fact.Evidence.Length;
        string? then = null;
        foreach (var place in TextOrder.StartingIn(article.Places, start, end, static p => p.Start))
        {
            if (place.IsOutsideNantong || place.District != fact.District)
            {
                continue;
            }

            var atTheTime = gazetteer.ResolveName(place.Text.TrimStart('原'), day);
            if (atTheTime is null || atTheTime == fact.District)
            {
                // A place still named as it was (崇川区 in 2019) keeps the fact where it is.
                return fact;
            }

            then ??= atTheTime;
        }

        return then is null ? fact : fact with { District = then };
    }

    /// <summary>The first day of a gold date (2019-12 → 2019-12-01; 2020-Q1 → 2020-01-01; 2019 → 2019-01-01).</summary>
    private static DateOnly? ParseStart(string? date)
    {
        if (string.IsNullOrEmpty(date) || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), out var year))
        {
            return null;
        }

        if (date.Length >= 7 && date[5] == 'Q' && int.TryParse(date.AsSpan(6), out var quarter))
        {
            return new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), out var m) ? m : 1;
        var dayOfMonth = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), out var d) ? d : 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
