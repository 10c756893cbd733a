using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>Decides the district of a fact from the places and actor words around it.</summary>
internal static class FactPlacing
{
    private static readonly string[] ActorWords =
    [
        "区委", "区政府", "全区", "我区", "该区", "本区", "区人大", "区政协",
        "市委", "市政府", "全市", "我市", "该市", "本市", "市人大", "市政协",
        "县委", "县政府", "全县", "我县",
    ];

    /// <summary>
    /// The district of a fact whose words lie in <paramref name="start"/>..<paramref name="end"/>:
    /// the last Nantong place named in that span (a district before a city: 南通海门 is 海门区),
    /// else a leader named there, else an actor word (区委, 全市), else the last place named
    /// earlier in the sentence, else the article's district.
    /// </summary>
    public static string? DistrictFor(ArticleText article, int start, int end)
    {
        var sentence = article.Sentences[article.SentenceIndexAt(start)];
        var inSpan = LastPlace(article, start, end);
        if (inSpan is not null)
        {
            return inSpan;
        }

        var actor = ActorIn(article, start, end);
        if (actor is not null)
        {
            return actor;
        }

        return LastPlace(article, sentence.Start, start) ?? ParagraphPlace(article, sentence) ?? article.Home;
    }

    /// <summary>The last place named in earlier sentences of the same paragraph (同日,通州区也举行… then 此次集中开工产业项目共16个).</summary>
    private static string? ParagraphPlace(ArticleText article, Text.Sentence sentence)
    {
        var first = sentence;
        for (var i = article.SentenceIndexAt(sentence.Start) - 1; i >= 0 && article.Sentences[i].ParagraphIndex == sentence.ParagraphIndex; i--)
        {
            first = article.Sentences[i];
        }

        return first.Start < sentence.Start ? LastPlace(article, first.Start, sentence.Start) : null;
    }

    /// <summary>The last Nantong place (a county over the city when both are named) in a span, or null.</summary>
    public static string? LastPlace(ArticleText article, int start, int end)
    {
        string? county = null, city = null;
        foreach (var place in article.Places)
        {
            if (place.Start < start || place.End > end || place.IsOutsideNantong || place.District is null || InParentheses(article.Text, place.Start, start))
            {
                continue;
            }

            if (place.Source == MentionSource.City || place.District == "南通市")
            {
                // 南通兴安源变压器: 南通 begins a company's name, it is no actor.
                if (!StartsAName(article.Text, place.End))
                {
                    city = place.District;
                }
            }
            else
            {
                county = place.District;
            }
        }

        return county ?? city;
    }

    private static bool StartsAName(string text, int end) =>
        end < text.Length && char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.OtherLetter
        && text[end] is not ('市' or '的' or '在' or '等' or '和' or '与' or '及' or '全' or '举' or '召' or '开' or '新' or '共' or '今' or '去');

    /// <summary>A place inside (…) only locates something (S356沿江公路(富江路口至通州交界)); it is not the actor.</summary>
    private static bool InParentheses(string text, int index, int floor)
    {
        for (var i = index - 1; i >= floor && i >= index - 30; i--)
        {
            if (text[i] == ')')
            {
                return false;
            }

            if (text[i] == '(')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The district an actor word in the span stands for (区委 → the article's district), or null.</summary>
    public static string? ActorIn(ArticleText article, int start, int end)
    {
        var text = article.Text;
        var best = -1;
        string? word = null;
        foreach (var actor in ActorWords)
        {
            var at = text.IndexOf(actor, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                word = actor;
            }
        }

        return word is null ? null : article.ActorFromPronoun(word);
    }
}
