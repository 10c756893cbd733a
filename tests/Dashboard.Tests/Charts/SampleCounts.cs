using Dashboard.Presentation.Charts;

namespace Dashboard.Tests.Charts;

/// <summary>Deterministic chart input with uneven, gap-free months.</summary>
internal static class SampleCounts
{
    public static IReadOnlyList<MonthlySeriesCount> TwoYears()
    {
        var counts = new List<MonthlySeriesCount>();
        for (var i = 0; i < 24; i++)
        {
            var month = new DateOnly(2020, 1, 1).AddMonths(i);
            counts.Add(new MonthlySeriesCount(month, "南通日报", 20 + ((i * 7) % 13)));
            counts.Add(new MonthlySeriesCount(month, "通州日报", 8 + ((i * 5) % 9)));
            counts.Add(new MonthlySeriesCount(month, "海门日报", 4 + ((i * 3) % 6)));
            counts.Add(new MonthlySeriesCount(month, "未知来源", i % 4));
        }

        return counts;
    }

    public static IReadOnlyList<MonthlySeriesCount> TenYears()
    {
        var counts = new List<MonthlySeriesCount>();
        for (var i = 0; i < 120; i++)
        {
            var month = new DateOnly(2014, 1, 1).AddMonths(i);
            counts.Add(new MonthlySeriesCount(month, "南通日报", 10 + ((i * 7) % 11) + (i / 12)));
            counts.Add(new MonthlySeriesCount(month, "江海晚报", 5 + ((i * 5) % 7)));
        }

        return counts;
    }
}
