using Metrics.Extraction.Budget;
using Metrics.Extraction.Text;
using Metrics.Gazetteer;
using TextScan = Metrics.Extraction.Numbers.TextScan;

namespace Metrics.Extraction;

/// <summary>Decides the district of a fact from the places and actor words around it.</summary>
internal static class FactPlacing
{
    private const string City = "南通市";

    private static readonly string[] ActorWords =
    [
        "区委", "区政府", "全区", "我区", "该区", "本区", "区人大", "区政协",
        "市委", "市政府", "全市", "我市", "该市", "本市", "市人大", "市政协",
        "县委", "县政府", "全县", "我县",
    ];

    /// <summary>
    /// The district of a fact whose words lie in <paramref name="start"/>..<paramref name="end"/>:
    /// the last Nantong place named in that span (a district before a city: 南通海门 is 海门区),
    /// else an actor word (区委, 全市), else a venue (在海门区主会场举行), else none when a place
    /// outside Nantong is the subject, else the last place named earlier in the sentence, else
    /// the article's district.
    /// </summary>
    public static string? DistrictFor(ArticleText article, int start, int end)
    {
        var sentence = article.Sentences[article.SentenceIndexAt(start)];
        var (named, venue) = PlacesIn(article, start, end);
        if (named is not null)
        {
            return named;
        }

        var actor = ActorIn(article, start, end);
        // 12月29日,盐城市…集中开工活动在大丰港主会场举行,全市集中开工项目128个: 全市 is the place that opened the sentence.
        if (actor is not null && venue is null && WholeAreaWords.Any(word => article.IndexOf(word, start, end) >= 0)
            && OutsideActorOpens(article, sentence.Start, end))
        {
            return null;
        }
        // 项目主体工程在江苏南通开工 in an article about 通州湾: the city as a venue, with no actor, is the article's district.
        if (actor is null && venue == City && article.Home is { } home && home != City)
        {
            return home;
        }

        if (actor is not null || venue is not null)
        {
            return actor ?? venue;
        }

        if (OutsideActorOpens(article, sentence.Start, end) || WiderAreaOpens(article, sentence.Start, end))
        {
            return null;
        }

        return LastPlace(article, sentence.Start, start) ?? ParagraphPlace(article, sentence) ?? BackReferencePlace(article, sentence) ?? article.Home;
    }

    private static readonly string[] WholeAreaWords = ["全市", "全区", "全县"];

    // Words that open a sentence about the occasion just told: 此次集中开工的项目共16个.
    public static readonly string[] BackReferences = ["此次", "本次", "这次", "这批", "本批", "该批", "上述"];

    /// <summary>
    /// A paragraph opened by 此次 or 本次 goes on about the occasion the paragraph before told, so it is
    /// placed by that paragraph's last place (同日,通州区也举行…仪式。 then, a paragraph later, 此次集中开工…).
    /// </summary>
    private static string? BackReferencePlace(ArticleText article, Text.Sentence sentence)
    {
        var index = article.SentenceIndexAt(sentence.Start);
        if (index == 0 || article.ParagraphFirstSentence(index) != index || !BackReferences.Any(word => sentence.Text.StartsWith(word, StringComparison.Ordinal)))
        {
            return null;
        }

        var previous = article.Sentences[article.ParagraphFirstSentence(index - 1)];
        return LastPlace(article, previous.Start, sentence.Start);
    }

    /// <summary>
    /// A place outside Nantong opens a clause of the span as its subject (9月18日,北京城市副中心通州区举行…签约):
    /// the fact is that place's, not the article's district. 与上海某集团签约 or 在上海举行 only name a partner or a venue.
    /// </summary>
    private static bool OutsideActorOpens(ArticleText article, int start, int end) =>
        TextOrder.StartingIn(article.Places, start, end, static p => p.Start).Any(place => place.IsOutsideNantong && place.Start >= start && place.End <= end
            && (place.Start == start || TextScan.IsClauseBoundary(article.Text, place.Start - 1) || article.Text[place.Start - 1] is ':' or '：' or ' '
                || (HoldsRightAfter(article.Text, place.End) && !IsVenueWordBefore(article.Text, place.Start)))
            && !OpensAName(article.Text, place.End, end));

    private static readonly string[] WiderAreas = ["全省", "全国"];

    // Words that may stand between a clause's start and its subject (此次全省集中开工项目共326个).
    private static readonly string[] SubjectLeads = ["此次", "本次", "今年", "去年", "当天", "目前"];

    /// <summary>1—4月,全省新开工省重大项目91个; 此次全省集中开工项目共326个; 会议通报,一季度全省…新开工项目58个: the province's or the country's figure, not Nantong's.</summary>
    private static bool WiderAreaOpens(ArticleText article, int start, int end)
    {
        var text = article.Text;
        foreach (var area in WiderAreas)
        {
            for (var at = text.IndexOf(area, start, end - start, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(area, at + 1, end - at - 1, StringComparison.Ordinal))
            {
                Budget.ExtractionBudget.Step();
                var lead = SubjectLeads.FirstOrDefault(word => TextScan.EndsAt(text, at, word));
                var subjectAt = at - (lead?.Length ?? DateEndingAt(article, start, at));
                if (subjectAt == start || TextScan.IsClauseBoundary(text, subjectAt - 1) || text[subjectAt - 1] is ':' or '：')
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 一季度全省省重大项目…新开工项目58个: a period may lead the wider area's figures.
    private static int DateEndingAt(ArticleText article, int start, int at) =>
        TextOrder.StartingIn(article.Dates, start, at, static d => d.Start).LastOrDefault(d => d.Start + d.Length == at)?.Length ?? 0;

    // How long a subdivision's name after a place may be (南京市江宁区, 苏州工业园区).
    private const int SubdivisionReach = 6;

    /// <summary>Where the words after a place go on once a subdivision of it (江宁区, 工业园区) is passed.</summary>
    private static int AfterSubdivision(string text, int placeEnd)
    {
        for (var end = placeEnd + 1; end <= Math.Min(text.Length, placeEnd + SubdivisionReach); end++)
        {
            if (!ChineseCharacters.IsIdeograph(text[end - 1]))
            {
                break;
            }

            if (text[end - 1] is '区' or '县' or '镇')
            {
                return end;
            }
        }

        return placeEnd;
    }

    // 在上海举行: a venue, not the one who holds it.
    private static bool IsVenueWordBefore(string text, int placeStart) => placeStart > 0 && text[placeStart - 1] is '在' or '于' or '赴' or '到';

    private static readonly string[] TimeAdverbs = ["同日", "当天", "当日", "今天", "也", "日前", "近日"];

    private static readonly string[] HoldingVerbs = ["举行", "举办", "召开"];

    /// <summary>恳谈会所在的南京市江宁区同日举行…集中开工活动: an outside place right before 举行 holds the occasion, whatever modifies it.</summary>
    private static bool HoldsRightAfter(string text, int placeEnd)
    {
        var at = AfterSubdivision(text, placeEnd);
        foreach (var adverb in TimeAdverbs)
        {
            if (TextScan.At(text, at, adverb))
            {
                at += adverb.Length;
                break;
            }
        }

        return HoldingVerbs.Any(verb => TextScan.At(text, at, verb));
    }

    // How far after a place a name's project or company word may end.
    private const int NameReach = 20;

    private static readonly string[] NameEnds = ["项目", "公司", "集团", "基地", "工程", "产业园"];

    private static readonly string[] ActorVerbs = ["举行", "举办", "召开", "与", "在", "和", "签约", "签订", "开工", "投资"];

    /// <summary>上海电气太阳能电池组件项目6月15日开工: the place opens a company's or a project's name, not a clause about that place.</summary>
    private static bool OpensAName(string text, int placeEnd, int end)
    {
        var limit = Math.Min(end, placeEnd + NameReach);
        for (var i = placeEnd; i < limit; i++)
        {
            // 闵行区今年一季度新引进重点产业项目42个: a stage word before any name's end tells what the place did.
            if (TextScan.IsClauseBoundary(text, i) || ActorVerbs.Any(verb => TextScan.At(text, i, verb)) || Projects.StageVocabulary.At(text, i) is not null)
            {
                return false;
            }

            if (NameEnds.FirstOrDefault(word => TextScan.At(text, i, word)) is { } nameEnd)
            {
                // 盐城市大丰区一季度重大项目集中开工活动举行: the place's batch, not a project's name.
                return i > placeEnd && !TextScan.At(text, i + nameEnd.Length, "集中");
            }
        }

        return false;
    }

    /// <summary>新华社南通5月17日电: the place a dateline is filed from is no actor of the story.</summary>
    private static bool IsDatelinePlace(ArticleText article, DistrictMention place) =>
        TextOrder.StartingIn(article.Dates, place.End, place.End + 1, static d => d.Start)
            .Any(date => date.Start == place.End && Dates.Dateline.IsDateline(article.Text, date));

    /// <summary>The last place named in earlier sentences of the same paragraph (同日,通州区也举行… then 此次集中开工产业项目共16个).</summary>
    private static string? ParagraphPlace(ArticleText article, Text.Sentence sentence)
    {
        var first = article.Sentences[article.ParagraphFirstSentence(article.SentenceIndexAt(sentence.Start))];
        return first.Start < sentence.Start ? LastPlace(article, first.Start, sentence.Start) : null;
    }

    /// <summary>
    /// The last Nantong place (a county over the city when both are named) in a span, or null.
    /// A venue (…活动在海门区主会场举行) gives way to any other place: a city-wide launch held in
    /// a district is the city's.
    /// </summary>
    public static string? LastPlace(ArticleText article, int start, int end)
    {
        var (named, venue) = PlacesIn(article, start, end);
        return named ?? venue;
    }

    /// <summary>The last place named in a span as an actor, and the last one named as a venue.</summary>
    private static (string? Named, string? Venue) PlacesIn(ArticleText article, int start, int end)
    {
        string? county = null, city = null, venueCounty = null, venueCity = null;
        foreach (var place in TextOrder.StartingIn(article.Places, start, end, static p => p.Start))
        {
            ExtractionBudget.Step();
            if (place.Start < start || place.End > end || place.IsOutsideNantong || place.District is null || InParentheses(article.Text, place.Start, start)
                || IsDesignation(article.Text, place.Start) || IsDatelinePlace(article, place))
            {
                continue;
            }

            var venue = IsVenue(article, place, start);
            if (place.Source == MentionSource.City || place.District == "南通市")
            {
                // 南通兴安源变压器: 南通 begins a company's name, it is no actor.
                if (StartsAName(article, place.End))
                {
                    continue;
                }

                // 蓝海新材料项目落户南通: the city as a project's destination is a venue too.
                if (venue || IsDestination(article.Text, place.Start))
                {
                    venueCity = place.District;
                }
                else
                {
                    city = place.District;
                }
            }
            else if (venue)
            {
                venueCounty = place.District;
            }
            else
            {
                county = place.District;
            }
        }

        return (county ?? city, venueCounty ?? venueCity);
    }

    private static readonly string[] DesignationWords = ["作为", "列入", "入选", "被列为", "被评为"];

    /// <summary>作为南通市重点项目, 列入省重大项目: the place ranks a project, it does nothing.</summary>
    private static bool IsDesignation(string text, int placeStart) =>
        DesignationWords.Any(word => TextScan.EndsAt(text, placeStart, word));

    private static readonly string[] DestinationVerbs = ["落户", "落地", "落子", "扎根", "位于", "落户江苏", "位于江苏"];

    private static bool IsDestination(string text, int placeStart) =>
        DestinationVerbs.Any(verb => TextScan.EndsAt(text, placeStart, verb));

    /// <summary>A place right after 在 or 于 (在海门区主会场举行, 在南通海门举行) says where, not who.</summary>
    private static bool IsVenue(ArticleText article, DistrictMention place, int floor)
    {
        var at = place.Start;
        foreach (var earlier in TextOrder.StartingIn(article.Places, floor, place.Start, static p => p.Start))
        {
            ExtractionBudget.Step();
            // 在南通海门: the county follows the city it belongs to.
            if (earlier.End == at && earlier.Start >= floor)
            {
                at = earlier.Start;
            }
        }

        return at > 0 && article.Text[at - 1] is '在' or '于';
    }

    private static readonly string[] OrganisationEnds = ["公司", "集团", "有限", "工厂", "银行", "医院", "学校", "大学", "学院", "研究院", "协会", "商会"];

    // 南通兴安源变压器: the bare city name begins a company's name. 南通市二季度重大项目集中开工,
    // 南通市重大项目集中签约活动: the full name is the actor, unless an organisation's name follows
    // (南通市建筑工程有限公司).
    private static bool StartsAName(ArticleText article, int end)
    {
        var text = article.Text;
        if (end >= text.Length || char.GetUnicodeCategory(text[end]) != System.Globalization.UnicodeCategory.OtherLetter
            || text[end] is '市' or '的' or '在' or '等' or '和' or '与' or '及' or '全' or '举' or '召' or '开' or '新' or '共' or '今' or '去'
            || TextOrder.StartingIn(article.Dates, end, end + 1, static d => d.Start).Any(date => date.Start == end))
        {
            return false;
        }

        return text[end - 1] != '市' || NamesAnOrganisation(text, end);
    }

    private static bool NamesAnOrganisation(string text, int from)
    {
        var to = from;
        while (to < text.Length && to < from + 16 && !TextScan.IsClauseBoundary(text, to) && text[to] != '、')
        {
            to++;
        }

        var words = text.AsSpan(from, to - from);
        foreach (var end in OrganisationEnds)
        {
            if (words.Contains(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
            var at = article.IndexOf(actor, start, end);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                word = actor;
            }
        }

        if (word is null || IsOutsidePlaceRightBefore(article, best))
        {
            return null;
        }

        return article.ActorFromPronoun(word, best);
    }

    // 东台市委书记, 盐城市政府: the actor word is the office of a place outside Nantong named right before it.
    private static bool IsOutsidePlaceRightBefore(ArticleText article, int actorStart) =>
        TextOrder.StartingIn(article.Places, Math.Max(0, actorStart - 12), actorStart + 1, static p => p.Start)
            .Any(place => place.IsOutsideNantong && OfficeAfter(article.Text, place) == actorStart);

    private static readonly string[] Offices = ["市委", "区委", "县委", "市政府", "区政府", "县政府", "市长", "区长", "县长", "书记"];

    /// <summary>
    /// Where the office a place holds starts right after its name (东台 + 市委书记, 江阴市 + 委书记 read as 市委书记),
    /// or -1 when no office follows.
    /// </summary>
    public static int OfficeAfter(string text, DistrictMention place)
    {
        if (Offices.Any(office => TextScan.At(text, place.End, office)))
        {
            return place.End;
        }

        var last = place.End - 1;
        return last > place.Start && text[last] is '市' or '区' or '县' && Offices.Any(office => TextScan.At(text, last, office)) ? last : -1;
    }
}
