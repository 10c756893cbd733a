using Metrics.Extraction.Budget;
using Metrics.Gazetteer;

namespace Metrics.Extraction;

/// <summary>
/// Decides which district an article is about: the one its title, outlet, site and text name most.
/// Facts whose actor is only "区委" or "全区" belong to it.
/// </summary>
internal static partial class HomeDistrict
{
    /// <summary>
    /// 全市重大项目建设现场推进会在启东召开: the city's occasion, held in a district that is only its venue; the
    /// story's 全市 is Nantong.
    /// </summary>
    private static bool IsCityOccasionHeldInADistrict(NantongGazetteer gazetteer, string title, DateOnly? at) =>
        CityOccasion().IsMatch(title)
        && gazetteer.FindMentions(title, at).Any(place => IsADistrict(place)
            && place.Start > 0 && title[place.Start - 1] == '在' && HeldAfter().IsMatch(title, place.Start + place.Length));

    // 启东市重大项目建设现场推进会召开 over 全市…推进会在启东召开: the county-level city's own 全市.
    private static bool NamesADistrict(NantongGazetteer gazetteer, string? title, DateOnly? at) =>
        title is not null && gazetteer.FindMentions(title, at).Any(IsADistrict);

    // A Nantong district, county-level city or zone, not the city itself.
    private static bool IsADistrict(DistrictMention place) => place is { IsOutsideNantong: false, District: not null and not "南通市" };

    private static bool IsADistrictsPage(ArticleText article, NantongGazetteer gazetteer)
    {
        var publisher = article.Input.Publisher is { } name
            ? gazetteer.FindMentions(name, article.Published).FirstOrDefault(place => place is { IsOutsideNantong: false, District: not null })
            : null;
        return publisher is not null ? IsADistrict(publisher) : SiteDistricts.Of(article.Input.Url) is { } site && site != "南通市";
    }

    // How many of the article's first sentences may tell the city's occasion (headline, dateline, lead).
    private const int LeadSentences = 4;

    // 全市…在启东召开; 18日,2024年全市一季度…活动在海安主会场举行: a day and a year may open the lead.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:[^,，。]{0,16}[,，])?(?:[0-9]{4}年)?(?:全市|南通市|南通全市)[^,，。]{2,30}在")]
    private static partial System.Text.RegularExpressions.Regex CityOccasion();

    [System.Text.RegularExpressions.GeneratedRegex("\\G[^,，。]{0,6}(?:召开|举行|举办)")]
    private static partial System.Text.RegularExpressions.Regex HeldAfter();

    private const double TitleWeight = 3;
    private const double PublisherWeight = 3;
    private const double SiteWeight = 3;

    public static string? Decide(ArticleText article, NantongGazetteer gazetteer)
    {
        var title = article.Input.Title ?? article.Headline?.Text.Trim();
        if (title is not null && IsCityOccasionHeldInADistrict(gazetteer, title, article.Published))
        {
            return "南通市";
        }

        // 18日,2024年全市一季度重大项目集中开工活动在海安主会场举行: the lead may tell it where the title does not,
        // on a page that is not a district's own and under a title that names no district (whose 全市 and 区委 stay
        // the district's).
        if (!IsADistrictsPage(article, gazetteer) && !NamesADistrict(gazetteer, title, article.Published)
            && article.Sentences.Take(LeadSentences).Any(line => IsCityOccasionHeldInADistrict(gazetteer, line.Text.Trim(), article.Published)))
        {
            return "南通市";
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var outside = 0.0;
        var lastOutsideEnd = -1;
        foreach (var place in article.Places)
        {
            ExtractionBudget.Step();
            Add(scores, place, 1);
            // 浙江舟山海工维修基地签约: a province and its city are one outside actor.
            if (place.IsOutsideNantong && place.Start != lastOutsideEnd && IsActor(article.Text, place.Start))
            {
                outside++;
            }

            if (place.IsOutsideNantong)
            {
                lastOutsideEnd = place.End;
            }
        }

        AddFrom(scores, gazetteer, title, article.Published, TitleWeight);
        AddFrom(scores, gazetteer, article.Input.Publisher, article.Published, PublisherWeight);
        if (SiteDistricts.Of(article.Input.Url) is { } site)
        {
            scores[site] = scores.GetValueOrDefault(site) + SiteWeight;
        }

        if (scores.Count == 0)
        {
            return null;
        }

        // A page of 苏州工业园区 that names 苏锡通科技产业园区 once, in passing, is about no Nantong district.
        if (outside > scores.Values.Max())
        {
            return null;
        }

        var city = scores.GetValueOrDefault("南通市");
        var ranked = scores.Where(s => s.Key != "南通市").OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || city > ranked[0].Value)
        {
            return "南通市";
        }

        return (city > 0 && IsRoundup(ranked)) || IsLeaderless(ranked) ? "南通市" : ranked[0].Key;
    }

    // How many districts a city-wide report lists (分地区看,崇川、港闸、通州、海门、如皋…) where a district's own story names few.
    private const int ListedDistricts = 5;

    /// <summary>
    /// 海安、如皋、通州均超过15个 in a text that names no district more than the others, or a list of most of
    /// the districts with none named twice as often as the next: a city-wide report.
    /// </summary>
    private static bool IsLeaderless(List<KeyValuePair<string, double>> ranked) =>
        (ranked.Count >= RoundupDistricts && ranked[0].Value == ranked[RoundupDistricts - 1].Value)
        || (ranked.Count >= ListedDistricts && ranked[0].Value <= 2 * ranked[1].Value);

    // 在上海举办, 赴深圳招商, 与苏州…合作: a place outside Nantong as venue, destination or partner says nothing of whose story it is.
    private static bool IsActor(string text, int start) => start == 0 || text[start - 1] is not ('在' or '赴' or '到' or '于' or '与' or '和' or '同' or '至' or '从');

    private const int RoundupDistricts = 3;

    /// <summary>
    /// 南通各地…: 海安市…；如皋市…；启东市…: several districts and none named twice as often as the
    /// next, in an article that names the city: the city's roundup, whose 全市 is Nantong.
    /// </summary>
    private static bool IsRoundup(List<KeyValuePair<string, double>> ranked) =>
        ranked.Count >= RoundupDistricts && ranked[0].Value <= 2 * ranked[1].Value;

    private static void AddFrom(Dictionary<string, double> scores, NantongGazetteer gazetteer, string? text, DateOnly? at, double weight)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var place in gazetteer.FindMentions(text, at))
        {
            Add(scores, place, weight);
        }
    }

    private static void Add(Dictionary<string, double> scores, DistrictMention place, double weight)
    {
        if (place.IsOutsideNantong || place.District is not { } district)
        {
            return;
        }

        // 南通 often only prefixes a district (南通海门, 南通市通州区): it weighs less than the district.
        var w = place.Source == MentionSource.City ? weight * 0.5 : weight;
        scores[district] = scores.GetValueOrDefault(district) + w;
    }
}
