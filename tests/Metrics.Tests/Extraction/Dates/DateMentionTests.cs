using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>The gold strings a mention gives, by precision and by kind of span.</summary>
public sealed class DateMentionTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "2023-06-29", "day")]
    [InlineData(DatePrecision.Month, "2023-06", "month")]
    [InlineData(DatePrecision.Quarter, "2023-Q2", "quarter")]
    [InlineData(DatePrecision.Year, "2023", "year")]
    [InlineData(DatePrecision.Unknown, null, "unknown")]
    public void GoldStringFollowsThePrecision(DatePrecision precision, string? gold, string goldPrecision)
    {
        var mention = Mention(precision, isPeriod: false);

        Assert.Equal(gold, mention.GoldDate);
        Assert.Equal(goldPrecision, mention.GoldPrecision);
    }

    [Fact]
    public void PeriodIsDatedByItsEndAndAnEventRangeByItsStart()
    {
        // 上半年 → 2023-Q2; 6月29日至30日 → 2023-06-29.
        Assert.Equal("2023-Q2", Mention(DatePrecision.Quarter, isPeriod: true, start: new(2023, 1, 1), end: new(2023, 6, 30)).GoldDate);
        Assert.Equal("2023-06-29", Mention(DatePrecision.Day, isPeriod: false, start: new(2023, 6, 29), end: new(2023, 6, 30)).GoldDate);
    }

    [Fact]
    public void UnresolvedMentionHasNoGoldDate()
    {
        var mention = Assert.Single(DateResolver.FindAll("10日上午，区委召开常委会会议", null));

        Assert.Null(mention.GoldDate);
        Assert.Equal("unknown", mention.GoldPrecision);
        Assert.True(mention.IsRelative);
    }

    private static DateMention Mention(DatePrecision precision, bool isPeriod, DateOnly? start = null, DateOnly? end = null) => new()
    {
        Start = 0,
        Length = 1,
        Text = "x",
        RangeStart = start ?? new DateOnly(2023, 6, 29),
        RangeEnd = end ?? new DateOnly(2023, 6, 29),
        Precision = precision,
        IsPeriod = isPeriod,
    };
}
