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
    /// the latest year it names itself (1月30日 in a page that speaks of 2023年 is 2023-01-30).
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
        return latestYear == 0 ? dates : DateResolver.FindAll(text, new DateOnly(latestYear, 12, 31));
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

    /// <summary>The original characters behind a span of <see cref="Text"/>, and where they start in the article.</summary>
    public (string Evidence, int Start) Evidence(int start, int length)
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
