using Metrics.Extraction.Budget;
using Metrics.Facts;

namespace Metrics.Extraction.Dates;

/// <summary>
/// Finds the dates in Chinese news text and resolves them the way the gold schema dates
/// facts (<c>shared/corpus/GOLD_SCHEMA.md</c>, "precision and date").
/// </summary>
/// <remarks>
/// Relative dates are resolved from the publication date: a date without its year or
/// month is the most recent one on or before publication (<c>12月28日</c> published
/// 2024-01-03 → 2023-12-28), or the next one when the clause before it is future-marked
/// (<c>将于12日举行</c>). Anaphoric words (<c>当天</c>, <c>次日</c>, <c>同日</c>, <c>当年</c>,
/// <c>去年同期</c>) refer to the last date named earlier in the same text, so mentions are
/// resolved in order. Without a publication date, relative mentions get
/// <see cref="DatePrecision.Unknown"/> and no range; absolute ones still resolve.
/// The scan is a single left-to-right pass with bounded look-around: linear in the text.
/// </remarks>
public static class DateResolver
{
    /// <summary>All date mentions in <paramref name="text"/>, in order of appearance.</summary>
    /// <param name="text">Article text or a sentence; full-width and traditional forms are fine.</param>
    /// <param name="published">The article's publication date, the anchor for relative dates.</param>
    public static IReadOnlyList<DateMention> FindAll(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var folded = DateTextFolding.Fold(text);
        var scanner = new DateScanner(folded);
        var anchors = new DateAnchors();
        var resolver = new DateSyntaxResolver(published, anchors);
        var mentions = new List<DateMention>();
        var at = scanner.NextCandidate(0);
        while (at >= 0)
        {
            ExtractionBudget.Step();
            if (scanner.MatchAt(at) is { } found)
            {
                var match = InTheYearBefore(folded, found, mentions);
                var quotedToday = IsQuotedToday(folded, match);
                if (quotedToday && anchors.Day is not null)
                {
                    match = match with { Syntax = new AnchorDaySyntax(0) };
                }

                var mention = ToMention(text, folded, match, resolver);
                mentions.Add(mention);
                if (!quotedToday)
                {
                    anchors.Observe(match.Syntax, mention);
                }

                at = match.End;
            }
            else
            {
                at = scanner.SkipFrom(at);
            }

            at = at < folded.Length ? scanner.NextCandidate(at) : -1;
        }

        return mentions;
    }

    /// <summary>
    /// 于2025年3月开工,年底建成投产 on a page of 2026: a bare 年底 (年初, 年中) in the sentence of a written-out
    /// year is that year's, not the publication's.
    /// </summary>
    private static DateMatch InTheYearBefore(string folded, DateMatch match, List<DateMention> mentions)
    {
        if (match.Syntax is not CalendarSyntax { Year: { Source: YearSource.Published, Value: 0 } } calendar || folded[match.Start] != '年'
            || mentions.Count == 0 || mentions[^1] is not { RangeStart: { } start } previous || !WritesItsYear(previous.Text))
        {
            return match;
        }

        var between = folded.AsSpan(previous.Start + previous.Length, match.Start - previous.Start - previous.Length);
        return between.IndexOfAny(SentenceEnds) >= 0 ? match : match with { Syntax = calendar with { Year = YearRef.Absolute(start.Year) } };
    }

    /// <summary>
    /// “今天开工的每一个项目…” in a speaker's words: 今天 is the day the speaker spoke (the last day the
    /// text named, if any), not the publication's, and a later 当天 does not refer to it.
    /// </summary>
    private static bool IsQuotedToday(string folded, DateMatch match)
    {
        if (match.Syntax is not RelativeDaySyntax { Offset: 0 })
        {
            return false;
        }

        var lineStart = folded.LastIndexOf('\n', Math.Max(match.Start - 1, 0)) + 1;
        var before = folded.AsSpan(lineStart, match.Start - lineStart);
        var opened = before.LastIndexOf('“');
        return opened >= 0 && before[opened..].IndexOf('”') < 0;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?\n");

    private static bool WritesItsYear(string mention)
    {
        var year = mention.IndexOf('年');
        return year >= 4 && char.IsAsciiDigit(mention[year - 1]);
    }

    /// <summary>
    /// The text as the date scanner reads it: full-width digits and punctuation become ASCII
    /// (<c>２０２３年</c> → <c>2023年</c>), <c>○</c> becomes <c>〇</c>, dashes become <c>-</c>, and
    /// traditional forms of date words become simplified (<c>當天</c> → <c>当天</c>). One
    /// character stays one character, so offsets carry over. Chinese numerals
    /// (<c>二〇二三年六月二十九日</c>) are read where they stand and need no normalising.
    /// </summary>
    public static string Normalise(string text) => DateTextFolding.Fold(text);

    private static DateMention ToMention(string text, string folded, DateMatch match, DateSyntaxResolver resolver)
    {
        var syntax = match.Syntax;
        var future = FutureMarkers.MarkedBefore(folded, match.Start)
            || FutureMarkers.MarkedRightAfter(folded, match.End)
            || DateSyntaxFacts.PointsForward(syntax);
        var span = resolver.Resolve(syntax, future);
        return new DateMention
        {
            Start = match.Start,
            Length = match.End - match.Start,
            Text = text[match.Start..match.End],
            RangeStart = span?.Start,
            RangeEnd = span?.End,
            Precision = span?.Precision ?? DatePrecision.Unknown,
            IsVague = match.IsApproximate || DateSyntaxFacts.IsVague(syntax),
            IsFutureMarked = future,
            IsPeriod = DateSyntaxFacts.IsPeriod(syntax),
            IsDeadline = syntax is DeadlineSyntax,
            IsRelative = DateSyntaxFacts.IsRelative(syntax),
        };
    }
}
