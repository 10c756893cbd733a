using System.Text.RegularExpressions;
using Metrics.Extraction.Text;

namespace Metrics.Ingest;

/// <summary>Finds the publication date a news page prints near its top, for texts whose file and
/// sidecar give none. Conservative on purpose: a story is full of dates, so only a labelled date
/// (<c>发布时间:2020-03-31</c>, <c>发布日期：2020年3月31日</c>, <c>时间：2020-03-31</c>, <c>发表于 2021-4-13</c>)
/// or a date-time stamp (<c>2020-12-31 14:38:58 来源: 南通网</c>, <c>2021-01-14 来源:…</c>), or a date
/// line (a full date alone on its line, <c>如东新闻 2024.05.06</c>) counts, and
/// only in the first <see cref="Window"/> characters.</summary>
internal static partial class TextDateFinder
{
    /// <summary>How far into the text a date may start.</summary>
    public const int Window = 600;

    // Room for a match that starts inside the window to end past it.
    private const int Overhang = 40;

    /// <summary>The earliest labelled or stamped date that starts within the window, or null.</summary>
    public static DateOnly? Find(string text)
    {
        var head = Folded(text.Length > Window + Overhang ? text[..(Window + Overhang)] : text);
        foreach (var match in Candidates(head).OrderBy(match => match.Index))
        {
            if (match.Index >= Window)
            {
                break;
            }

            if (LooseDate.FromParts(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // 发布时间：２０２３－０２－１３: read through the extractor's one-for-one folding (full-width to
    // ASCII, traditional to simplified), so offsets hold.
    private static string Folded(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = CharacterFolding.IsHorizontalSpace(source[i]) ? ' ' : CharacterFolding.Fold(source[i]);
            }
        });

    private static IEnumerable<Match> Candidates(string head) =>
        Labelled().Matches(head).Concat(Stamp().Matches(head)).Concat(DateLine().Matches(head));

    // A Chinese label is a word of its own (not the tail of 会议时间 or 开工日期) followed by a colon,
    // or 发表于; an English label must start its line ("Due date:" in a sentence is no label).
    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{N}])(?:(?:发布|發布|发佈|發佈|发表|發表|发稿|發稿|发文|發文|刊发|刊發|成文)?(?:时间|時間|日期)[ \t]*[:：]|(?:发布|發布|发佈|發佈|发表|發表)[于於][:：]?)|(?m:^)[ \t]*(?i:published|publish date|date)[ \t]*:)[ \t]*" + DatePattern,
        RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    // A date that starts a stamp: followed by a clock time, or by the 来源 (source) label.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])" + DatePattern + @"[ \t]*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])|(?=[ \t|]*(?:来源|來源)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    // A page's date line: a full date alone on its line, after at most a short masthead and before
    // at most a weekday (2023年12月31日, 如东新闻 2024.05.06, 2020年3月18日 星期三).
    [GeneratedRegex(
        @"(?m)^[ \t]*(?:\p{L}{1,12}[ \t]+)?" + DatePattern + @"[ \t]*(?:(?:星期|周)[一二三四五六日天])?[ \t]*\r?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    private const string DatePattern =
        @"(?<y>(?:19|20)[0-9]{2})(?:(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])|[ \t]*年[ \t]*(?<m>[0-9]{1,2})[ \t]*月[ \t]*(?<d>[0-9]{1,2})[ \t]*[日号]?)";
}
