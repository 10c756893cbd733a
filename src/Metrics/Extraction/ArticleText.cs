using Metrics.Extraction.Budget;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Text;
using Metrics.Facts;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// One article read once for every rule: the normalised text (simplified, half-width, layout
/// breaks joined) with its sentences, dates and places, and the map back to the original
/// characters for evidence.
/// </summary>
internal sealed partial class ArticleText
{
    private ArticleText(ArticleInput input, NormalizedText normalized)
    {
        Input = input;
        Normalized = normalized;
        Text = normalized.Text;
        Sentences = SentenceSplitter.Split(normalized);
        Dates = FindDates(Text, Sentences, input.Published);
        // 昨日 counts from the story's dateline (3月6日讯) where a later page carries it.
        if (Dateline.Anchor(Text, Dates, input.Published) is { } written)
        {
            Dates = FindDates(Text, Sentences, written);
        }

        var gazetteer = NantongGazetteer.Load();
        Places = gazetteer.FindMentions(Text, input.Published);
        Leaders = gazetteer.Leaders.Find(Text, input.Published);
        Headline = HeadlineOf(Sentences);
        Home = HomeDistrict.Decide(this, gazetteer);
    }

    public ArticleInput Input { get; }

    /// <summary>
    /// Dates resolved against the publication date. On an undated page a relative date (7月29日,
    /// 今年, 昨天) is resolved only against a year its own sentence states (3月21日,…举行2023年…峰会):
    /// a year elsewhere in the text (a plan period, a past report, a target) dates nothing else.
    /// A page that calls a year closing (即将过去的2022年) is written in it. What only the day of
    /// writing could tell (昨天) keeps just that year.
    /// </summary>
    private static IReadOnlyList<DateMention> FindDates(string text, IReadOnlyList<Sentence> sentences, DateOnly? published)
    {
        var dates = DateResolver.FindAll(text, published);
        if (published is not null)
        {
            return dates;
        }

        if (ClosingYear(text) is { } closing)
        {
            var atClosingEnd = DateResolver.FindAll(text, new DateOnly(closing, 12, 31));
            var atClosingMiddle = DateResolver.FindAll(text, new DateOnly(closing, 6, 30));
            return atClosingEnd.Count == atClosingMiddle.Count
                ? [.. atClosingEnd.Select((date, i) => KnownPart(date, atClosingMiddle[i]))]
                : atClosingEnd;
        }

        var yearOfSentence = SentenceYears(text, dates, sentences);
        if (yearOfSentence.Count == 0)
        {
            return dates;
        }

        // Each sentence that states a year reads its own relative dates against it: one more pass
        // over that sentence only, so an undated page stays linear in its length.
        var resolved = dates.ToArray();
        var first = 0;
        foreach (var (sentenceIndex, year) in yearOfSentence.OrderBy(pair => pair.Key))
        {
            var sentence = sentences[sentenceIndex];
            while (first < resolved.Length && resolved[first].Start < sentence.Start)
            {
                first++;
            }

            var last = first;
            var anyUnresolved = false;
            while (last < resolved.Length && resolved[last].Start < sentence.End)
            {
                anyUnresolved |= resolved[last].RangeStart is null;
                last++;
            }

            if (!anyUnresolved)
            {
                continue;
            }

            var own = text.Substring(sentence.Start, sentence.Length);
            var atYearEnd = DateResolver.FindAll(own, new DateOnly(year, 12, 31)).ToDictionary(d => (d.Start, d.Length));
            var atMidYear = DateResolver.FindAll(own, new DateOnly(year, 6, 30)).ToDictionary(d => (d.Start, d.Length));
            for (var i = first; i < last; i++)
            {
                ExtractionBudget.Step();
                var key = (resolved[i].Start - sentence.Start, resolved[i].Length);
                if (resolved[i].RangeStart is null && atYearEnd.TryGetValue(key, out var atEnd) && atMidYear.TryGetValue(key, out var atMiddle))
                {
                    resolved[i] = KnownPart(atEnd, atMiddle) with { Start = resolved[i].Start };
                }
            }
        }

        return resolved;
    }

    private static readonly System.Text.RegularExpressions.Regex ClosingYearPattern =
        new(@"即将(?:过去|结束)的([0-9]{4})年", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int? ClosingYear(string text) =>
        ClosingYearPattern.Match(text) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// The year each sentence writes out as a date of its own (not a plan's or a deadline's), or
    /// as the edition of the event it names (9月19日,2019启东(上海)产业发展合作恳谈会…举行).
    /// </summary>
    private static Dictionary<int, int> SentenceYears(string text, IReadOnlyList<DateMention> dates, IReadOnlyList<Sentence> sentences)
    {
        var years = new Dictionary<int, int>();
        foreach (System.Text.RegularExpressions.Match edition in EditionYear().Matches(text))
        {
            ExtractionBudget.Step();
            years.TryAdd(SentenceIndexAt(sentences, edition.Index), int.Parse(edition.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var date in dates)
        {
            ExtractionBudget.Step();
            if (!date.IsRelative && date.RangeStart is { } start && !date.IsFutureMarked && !date.IsDeadline
                && date.RangeEnd is { } end && end.Year == start.Year)
            {
                years.TryAdd(SentenceIndexAt(sentences, date.Start), start.Year);
            }
        }

        return years;
    }

    // A year glued to a name (2019启东…恳谈会, 2020如皋经济洽谈会), not 2019年 nor part of a longer number.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9.])(?:19[89][0-9]|20[0-9]{2})(?![年亿万多余个家名人元千百项件台吨米平亩度次])(?=[\u4e00-\u9fff])")]
    private static partial System.Text.RegularExpressions.Regex EditionYear();

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

    /// <summary>The text has a report's section heading words (工作回顾, 工作安排): see <see cref="ReviewSection"/>.</summary>
    public bool MayHaveSections => mayHaveSections ??= ReviewSection.MayHaveSections(Text);

    private bool? mayHaveSections;

    public NormalizedText Normalized { get; }

    /// <summary>The normalised text every rule matches on.</summary>
    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public IReadOnlyList<DistrictMention> Places { get; }

    public IReadOnlyList<LeaderMention> Leaders { get; }

    /// <summary>The district the article is mainly about (its outlet's or its subject's), or null.</summary>
    public string? Home { get; }

    /// <summary>
    /// The opening line when it is a headline: a text with no title of its own usually opens with one, a short
    /// line on its own that is no sentence. Null otherwise.
    /// </summary>
    public Sentence? Headline { get; }

    private const int HeadlineLength = 40;

    private static Sentence? HeadlineOf(IReadOnlyList<Sentence> sentences)
    {
        if (sentences.Count == 0 || sentences[0] is not { ParagraphIndex: 0 } first)
        {
            return null;
        }

        var line = first.Text.Trim();
        var onItsOwn = sentences.Count == 1 || sentences[1].ParagraphIndex > 0;
        return onItsOwn && line.Length <= HeadlineLength && !line.Contains('。') && !line.Contains(',') && !line.Contains('，') ? first : null;
    }

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
    public int SentenceIndexAt(int index) => SentenceIndexAt(Sentences, index);

    private static int SentenceIndexAt(IReadOnlyList<Sentence> sentences, int index)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = sentences[middle];
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

        return Math.Max(0, Math.Min(low, sentences.Count - 1));
    }

    /// <summary>
    /// District-level words that name an actor without naming it: 区委 / 全区 / 我区 mean the
    /// article's district; 市委 / 全市 mean the article's county-level city (如皋市, 启东市,
    /// 海安市) or else 南通市; 县委 / 全县 mean 如东县.
    /// </summary>
    /// <summary>Whether a place in Nantong is named within <paramref name="start"/>..<paramref name="end"/>.</summary>
    public bool NamesANantongPlace(int start, int end) =>
        TextOrder.StartingIn(Places, start, end, static p => p.Start).Any(p => p.Start >= start && p.End <= end && !p.IsOutsideNantong);

    public string? ActorFromPronoun(string word, int position = -1)
    {
        // 我县 is 如东县, or 海安 while it was a county (海安县 until 2018-02-21) in a story about it.
        if (word.Contains('县'))
        {
            return Home is { } county && county != "南通市"
                && (NantongGazetteer.Load().Resolve(county, Published)?.DistrictUnit.Name ?? county).EndsWith('县') ? county : "如东县";
        }

        if (word.Contains('市'))
        {
            return CityNamedBefore(position) ?? (Home is { } home && (home.EndsWith('市') || HomeWrittenAsCity || HomesPaperWhenACity) ? home : "南通市");
        }

        return Home is { } district && district != "南通市" ? district : null;
    }

    /// <summary>
    /// The article is the home's own paper's (海门日报) and the home was a county-level city then (海门市 until
    /// 2020-07-27): its 市委 is its own, though the gold writes the district 海门区.
    /// </summary>
    private bool HomesPaperWhenACity => homesPaperWhenACity ??=
        Home is { } home && home != "南通市" && Input.Publisher is { } publisher
        && NantongGazetteer.Load().FindMentions(publisher, Published).Any(p => p.District == home)
        && (NantongGazetteer.Load().Resolve(home, Published)?.DistrictUnit.Name ?? home).EndsWith('市');

    private bool? homesPaperWhenACity;

    /// <summary>
    /// The home district is written as a city in the text (海门市 before it became 海门区) and 南通市 is not:
    /// its 市政协 is its own. Where 南通市委 also acts, 我市 stays Nantong's.
    /// </summary>
    private bool HomeWrittenAsCity => homeWrittenAsCity ??=
        Places.Any(p => p.District == Home && !p.IsOutsideNantong && p.Text.EndsWith('市'))
        && !Places.Any(p => p.District == "南通市" && p.Text.EndsWith('市'));

    private bool? homeWrittenAsCity;

    /// <summary>
    /// The city last named as an actor earlier in the paragraph (南通市…活动在如皋主会场举行。全市共有86个…
    /// is 南通市's 全市); a venue (在如皋) names no actor.
    /// </summary>
    private string? CityNamedBefore(int position)
    {
        if (position < 0)
        {
            return null;
        }

        var last = TextOrder.FirstAtOrAfter(Places, position, static p => p.Start) - 1;
        if (last < 0)
        {
            return null;
        }

        var cities = citiesNamedSoFar ??= CitiesNamedSoFar();
        return cities[last].Paragraph == Sentences[SentenceIndexAt(position)].ParagraphIndex ? cities[last].City : null;
    }

    private int[]? paragraphFirstSentences;

    /// <summary>The index of the first sentence of the paragraph that holds sentence <paramref name="sentenceIndex"/>.</summary>
    public int ParagraphFirstSentence(int sentenceIndex)
    {
        if (paragraphFirstSentences is null)
        {
            var firsts = new int[Sentences.Count];
            for (var i = 0; i < firsts.Length; i++)
            {
                firsts[i] = i > 0 && Sentences[i - 1].ParagraphIndex == Sentences[i].ParagraphIndex ? firsts[i - 1] : i;
            }

            paragraphFirstSentences = firsts;
        }

        return paragraphFirstSentences[sentenceIndex];
    }

    private (int Paragraph, string? City)[]? citiesNamedSoFar;

    /// <summary>One of several places listed together (海安市、如皋市、海门区作交流发言): none of them is the paragraph's actor.</summary>
    private bool IsListed(DistrictMention place) =>
        (place.Start > 0 && Text[place.Start - 1] == '、') || (place.End < Text.Length && Text[place.End] == '、');

    /// <summary>For each place, its paragraph and the city last named as an actor in that paragraph up to it: one pass, so each lookup is a search.</summary>
    private (int Paragraph, string? City)[] CitiesNamedSoFar()
    {
        var cities = new (int Paragraph, string? City)[Places.Count];
        for (var k = 0; k < Places.Count; k++)
        {
            ExtractionBudget.Step();
            var place = Places[k];
            var paragraph = Sentences[SentenceIndexAt(place.Start)].ParagraphIndex;
            var city = k > 0 && cities[k - 1].Paragraph == paragraph ? cities[k - 1].City : null;
            if (!place.IsOutsideNantong && place.District is { } district && district.EndsWith('市') && !(place.Start > 0 && Text[place.Start - 1] == '在') && !IsListed(place))
            {
                city = district;
            }

            cities[k] = (paragraph, city);
        }

        return cities;
    }
}
