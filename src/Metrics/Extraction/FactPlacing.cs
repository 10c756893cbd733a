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

        return LastPlace(article, sentence.Start, start) ?? article.Home;
    }

    /// <summary>The last Nantong place (a county over the city when both are named) in a span, or null.</summary>
    public static string? LastPlace(ArticleText article, int start, int end)
    {
        string? county = null, city = null;
        foreach (var place in article.Places)
        {
            if (place.Start < start || place.End > end || place.IsOutsideNantong || place.District is null)
            {
                continue;
            }

            if (place.Source == MentionSource.City || place.District == "南通市")
            {
                city = place.District;
            }
            else
            {
                county = place.District;
            }
        }

        return county ?? city;
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
