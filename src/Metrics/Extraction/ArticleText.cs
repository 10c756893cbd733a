using Metrics.Extraction.Budget;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Text;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// One article read once for every rule: the normalised text (simplified, half-width, layout
/// breaks joined) with its sentences, dates and places, and the map back to the original
/// characters for evidence.
/// </summary>
internal sealed class ArticleText
{
    private ArticleText(ArticleInput input, NormalizedText normalized)
    {
        Input = input;
        Normalized = normalized;
        Text = normalized.Text;
        Sentences = SentenceSplitter.Split(normalized);
        Dates = FindDates(Text, input.Published);
        var gazetteer = NantongGazetteer.Load();
        Places = gazetteer.FindMentions(Text, input.Published);
        Leaders = gazetteer.Leaders.Find(Text, input.Published);
        Home = HomeDistrict.Decide(this, gazetteer);
    }

    public ArticleInput Input { get; }

    /// <summary>
    /// Dates resolved against the publication date; an undated page is anchored at the end of
    /// the year it is written in: the one it calls 即将过去的2022年, else the latest year it names
    /// itself (1月30日 in a page that speaks of 2023年 is 2023-01-30), or the year after one it looks
    /// back on (2022年,全市新开工…项目195个 is written in 2023 at the earliest). What only the day of
    /// writing could tell (昨天) keeps just that year.
    /// </summary>
    private static IReadOnlyList<DateMention> FindDates(string text, DateOnly? published)
    {
        var dates = DateResolver.FindAll(text, published);
        if (published is not null)
        {
            return dates;
        }

        var latestYear = dates.Where(d => !d.IsRelative && d.RangeEnd is not null && !d.IsFutureMarked && !d.IsDeadline)
            .Select(d => d.RangeEnd!.Value.Year)
            .DefaultIfEmpty(0)
            .Max();
        var year = ClosingYear(text) ?? Math.Max(latestYear, YearAfterReview(text));
        if (year == 0)
        {
            return dates;
        }

        var atYearEnd = DateResolver.FindAll(text, new DateOnly(year, 12, 31));
        var atMidYear = DateResolver.FindAll(text, new DateOnly(year, 6, 30));
        if (atYearEnd.Count != atMidYear.Count)
        {
            return atYearEnd;
        }

        return [.. atYearEnd.Select((date, i) => KnownPart(date, atMidYear[i]))];
    }

    private static readonly System.Text.RegularExpressions.Regex ClosingYearPattern =
        new(@"即将(?:过去|结束)的([0-9]{4})年", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int? ClosingYear(string text) =>
        ClosingYearPattern.Match(text) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    // 2022年,我市深入开展…项目建设取得新突破: a sentence that opens on a whole year and reports what it
    // achieved looks back on that year; the page is written after it.
    private static readonly System.Text.RegularExpressions.Regex ReviewedYearPattern =
        new(@"(?:^|[。!?\n])\s*([0-9]{4})年,([^。!?\n]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] AchievedWords = ["取得", "完成", "实现", "突破", "新开工", "新签约", "新竣工", "累计"];

    // 计划 and 目标 are often nouns (“三个三年”计划); these mark a plan only.
    private static readonly string[] PlanWords = ["将", "力争", "预计", "确保", "争取", "计划新", "计划于", "计划年内", "目标是"];

    private static int YearAfterReview(string text)
    {
        var year = 0;
        foreach (System.Text.RegularExpressions.Match match in ReviewedYearPattern.Matches(text))
        {
            ExtractionBudget.Step();
            var sentence = match.Groups[2].Value;
            if (AchievedWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)) && !PlanWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
            {
                year = Math.Max(year, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1);
            }
        }

        return year;
    }

    // 昨天 read at the end and in the middle of the year: only the year is known.
    private static DateMention KnownPart(DateMention atYearEnd, DateMention atMidYear)
    {
        if (atYearEnd.RangeStart is not { } start || atMidYear.RangeStart is not { } other || start == other || start.Year != other.Year
            || atYearEnd.RangeEnd is not { } end || end.Year != start.Year)
        {
            return atYearEnd;
        }

        return atYearEnd with
        {
            RangeStart = new DateOnly(start.Year, 1, 1),
            RangeEnd = new DateOnly(start.Year, 12, 31),
            Precision = DatePrecision.Year,
        };
    }

    public NormalizedText Normalized { get; }

    /// <summary>The normalised text every rule matches on.</summary>
    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public IReadOnlyList<DistrictMention> Places { get; }

    public IReadOnlyList<LeaderMention> Leaders { get; }

    /// <summary>The district the article is mainly about (its outlet's or its subject's), or null.</summary>
    public string? Home { get; }

    public DateOnly? Published => Input.Published;

    public static ArticleText Analyse(ArticleInput input) => new(input, TextNormalizer.Normalize(input.Text));

    // Where a search for a word from an offset has looked so far, and what it found (-1: nothing yet).
    private readonly Dictionary<(string Word, int From), (int SearchedTo, int Found)> searches = [];

    /// <summary>
    /// <c>Text.IndexOf(word, from, to - from)</c>, remembered: the rules ask it again and again from a
    /// sentence's start with a growing end, and each character is then searched once, not once a question.
    /// </summary>
    public int IndexOf(string word, int from, int to)
    {
        if (!searches.TryGetValue((word, from), out var search))
        {
            search = (from, -1);
        }

        if (search.Found < 0 && to > search.SearchedTo)
        {
            var resume = Math.Max(from, search.SearchedTo - word.Length + 1);
            var at = Text.IndexOf(word, resume, to - resume, StringComparison.Ordinal);
            search = (to, at);
            searches[(word, from)] = search;
        }

        return search.Found >= 0 && search.Found + word.Length <= to ? search.Found : -1;
    }

    // Facts of one sentence share its evidence: a sentence of a megabyte is copied once, not once per fact.
    private readonly Dictionary<(int Start, int Length), (string Evidence, int Start)> evidence = [];

    /// <summary>The original characters behind a span of <see cref="Text"/>, and where they start in the article.</summary>
    public (string Evidence, int Start) Evidence(int start, int length)
    {
        if (!evidence.TryGetValue((start, length), out var found))
        {
            found = OriginalOf(start, length);
            evidence[(start, length)] = found;
        }

        return found;
    }

    private (string Evidence, int Start) OriginalOf(int start, int length)
    {
        var (originalStart, originalLength) = Normalized.ToOriginalSpan(start, length);
        var original = Normalized.Original;
        var end = originalStart + originalLength;
        while (originalStart < end && char.IsWhiteSpace(original[originalStart]))
        {
            originalStart++;
        }

        while (end > originalStart && char.IsWhiteSpace(original[end - 1]))
        {
            end--;
        }

        return (original[originalStart..end], originalStart);
    }

    /// <summary>The sentence that holds position <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SentenceIndexAt(int index)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (index < sentence.Start)
            {
                high = middle - 1;
            }
            else if (index >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return Math.Max(0, Math.Min(low, Sentences.Count - 1));
    }

    /// <summary>
    /// District-level words that name an actor without naming it: 区委 / 全区 / 我区 mean the
    /// article's district; 市委 / 全市 mean the article's county-level city (如皋市, 启东市,
    /// 海安市) or else 南通市; 县委 / 全县 mean 如东县.
    /// </summary>
    public string? ActorFromPronoun(string word)
    {
        if (word.Contains('县'))
        {
            return "如东县";
        }

        if (word.Contains('市'))
        {
            return Home is { } home && home.EndsWith('市') ? home : "南通市";
        }

        return Home is { } district && district != "南通市" ? district : null;
    }
}
