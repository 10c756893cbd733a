using System.Globalization;
using Metrics.Extraction.Dates;
using Metrics.Facts;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>Finds one mention by its surface and checks what it resolved to.</summary>
internal static class DateAssert
{
    /// <summary>Flags a mention can carry, as written in the cases: "relative vague future period deadline".</summary>
    private static readonly string[] FlagNames = ["relative", "vague", "future", "period", "deadline"];

    public static DateOnly? Day(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The one mention in <paramref name="text"/> written as <paramref name="surface"/>.</summary>
    public static DateMention Find(string text, string? published, string surface)
    {
        var mentions = DateResolver.FindAll(text, Day(published));
        var mention = Assert.Single(mentions, m => m.Text == surface);
        Assert.Equal(surface, text.Substring(mention.Start, mention.Length));
        return mention;
    }

    public static void Resolves(DateMention mention, string? start, string? end, DatePrecision precision, string? gold)
    {
        Assert.Equal(Day(start), mention.RangeStart);
        Assert.Equal(Day(end), mention.RangeEnd);
        Assert.Equal(precision, mention.Precision);
        Assert.Equal(gold, mention.GoldDate);
    }

    /// <summary>The mention carries exactly the flags listed (space-separated; empty for none).</summary>
    public static void HasFlags(DateMention mention, string flags)
    {
        var expected = flags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().ToArray();
        Assert.All(expected, flag => Assert.Contains(flag, FlagNames));
        var actual = new (string Name, bool On)[]
            {
                ("relative", mention.IsRelative),
                ("vague", mention.IsVague),
                ("future", mention.IsFutureMarked),
                ("period", mention.IsPeriod),
                ("deadline", mention.IsDeadline),
            }
            .Where(flag => flag.On)
            .Select(flag => flag.Name)
            .Order()
            .ToArray();
        Assert.Equal(expected, actual);
    }
}
