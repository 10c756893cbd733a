using System.Text.RegularExpressions;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Facts;
using Metrics.Gazetteer;

namespace Metrics.Extraction.English;

/// <summary>
/// Finds meetings in an English-language report: a sentence that names a meeting
/// (<c>english-meeting-names.tsv</c>) held by a Nantong place (<c>english-places.tsv</c>) on a day it
/// writes (On January 4, Nantong held a mobilization meeting…). Project events are not read in English.
/// </summary>
internal static partial class EnglishMeetingFinder
{
    private static readonly Lazy<(string Name, MeetingKind Kind)[]> MeetingNames = new(() =>
        [.. ExtractionTable.Read("english-meeting-names.tsv")
            .Select(r => (r["name"], Enum.Parse<MeetingKind>(r["kind"].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true)))
            .OrderByDescending(n => n.Item1.Length)]);

    private static readonly Lazy<(Regex Pattern, string Chinese)[]> Places = new(() =>
        [.. ExtractionTable.Read("english-places.tsv")
            .OrderByDescending(r => r["english"].Length)
            .Select(r => (new Regex(@"\b" + Regex.Escape(r["english"]) + @"\b", RegexOptions.CultureInvariant), r["chinese"]))]);

    [GeneratedRegex(@"\b(held|convened|hosted|chaired|presided over|opened|kicked off)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeldWords();

    [GeneratedRegex(
        @"(?:(?:Mayor|Secretary|Director|Chairman|Governor|Deputy|Vice|Executive|Chief|Head)\s+)*(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?:presided over|chaired) the (?:meeting|conference|session)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChairBefore();

    [GeneratedRegex(@"[^.!?\n]+(?:[.!?]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();

    // Beijing's Tongzhou District, Tongzhou District of Beijing: the same name elsewhere.
    [GeneratedRegex(@"\bBeijing\b", RegexOptions.CultureInvariant)]
    private static partial Regex Beijing();

    public static IEnumerable<MeetingFact> Find(ArticleText article)
    {
        var text = article.Text;
        var sentences = Sentences().Matches(text).Cast<Match>().ToList();
        var seen = new HashSet<(string, string, MeetingKind)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            ExtractionBudget.Step();
            var sentence = sentences[i].Value;
            var name = MeetingNames.Value.FirstOrDefault(n => sentence.Contains(n.Name, StringComparison.OrdinalIgnoreCase));
            if (name.Name is null || !HeldWords().IsMatch(sentence))
            {
                continue;
            }

            var day = EnglishDates.FirstDay(sentence, article.Published);
            var district = day is null ? null : Actor(sentence, day.Value);
            if (day is null || district is null || !seen.Add((district, day.Value.ToString("yyyy-MM-dd"), name.Kind)))
            {
                continue;
            }

            var start = sentences[i].Index + (sentence.Length - sentence.TrimStart().Length);
            var (evidence, evidenceStart) = article.Evidence(start, sentence.Trim().Length);
            yield return new MeetingFact
            {
                District = district,
                Date = day.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Precision = DatePrecision.Day,
                Kind = name.Kind,
                Chair = Chair(sentences.Skip(i).Take(4).Select(s => s.Value)),
                Evidence = evidence,
                EvidenceStart = evidenceStart,
            };
        }
    }

    // The first Nantong place the sentence names holds the meeting.
    private static string? Actor(string sentence, DateOnly day)
    {
        var first = Places.Value
            .Select(p => (Match: p.Pattern.Match(sentence), p.Chinese))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .ThenByDescending(p => p.Match.Length)
            .FirstOrDefault();
        if (first.Chinese is null || (first.Chinese == "通州区" && Beijing().IsMatch(sentence)))
        {
            return null;
        }

        return NantongGazetteer.Load().ResolveName(first.Chinese, day);
    }

    private static string? Chair(IEnumerable<string> sentences) =>
        sentences.Select(s => ChairBefore().Match(s)).FirstOrDefault(m => m.Success)?.Groups["name"].Value;
}
