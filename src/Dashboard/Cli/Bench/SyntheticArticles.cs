using System.Globalization;
using System.Text;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Makes realistic Nantong district news articles from <see cref="SyntheticPhrases"/>: a dated
/// meeting or project event up front, more facts, number-heavy distractors and filler prose after
/// it, 2,000 to 4,000 characters each. The same seed and index always give the same article.
/// </summary>
internal static class SyntheticArticles
{
    /// <summary>Shortest article, in characters.</summary>
    public const int MinLength = 2_000;

    /// <summary>Longest article, in characters.</summary>
    public const int MaxLength = 4_000;

    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    /// <summary><paramref name="count"/> articles from <paramref name="seed"/>, made on all cores.</summary>
    public static SyntheticArticle[] Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var articles = new SyntheticArticle[count];
        Parallel.For(0, count, index => articles[index] = Create(seed, index));
        return articles;
    }

    /// <summary>Article number <paramref name="index"/> of the set made from <paramref name="seed"/>;
    /// independent of the others, so a set can be made in any order.</summary>
    public static SyntheticArticle Create(int seed, int index) => new Writer(new Random(Mix(seed, index))).Write(index);

    // Random(int) is deterministic for a given seed; HashCode.Combine is not (randomised per process).
    private static int Mix(int seed, int index)
    {
        var x = ((ulong)(uint)seed << 32) | (uint)index;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)(x ^ (x >> 31));
    }

    private sealed class Writer(Random random)
    {
        private readonly StringBuilder text = new(MaxLength + 200);
        private readonly List<string> fillers = [];
        private SyntheticDistrict district = SyntheticPhrases.Districts[0];
        private DateOnly published;
        private string publisher = "";

        public SyntheticArticle Write(int index)
        {
            published = FirstDay.AddDays(random.Next(LastDay.DayNumber - FirstDay.DayNumber + 1));
            district = Pick(SyntheticPhrases.Districts.Where(d => d.InUseOn(published)).ToArray());
            publisher = Fill(Pick(SyntheticPhrases.Publishers));
            var leadIsMeeting = random.Next(2) == 0;
            var lead = Fill(Pick(leadIsMeeting ? SyntheticPhrases.MeetingSentences : SyntheticPhrases.ProjectSentences));
            var title = Title(leadIsMeeting);

            if (random.Next(3) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"发布时间：{published:yyyy-MM-dd} {random.Next(7, 22):D2}:{random.Next(60):D2}  来源：{publisher}\n\n");
            }

            if (random.Next(2) == 0)
            {
                text.Append(title).Append("\n\n");
            }

            text.Append(lead);
            var target = random.Next(MinLength, MaxLength - 250);
            var inParagraph = 1;
            var paragraphLength = random.Next(3, 7);
            while (text.Length < target)
            {
                if (inParagraph >= paragraphLength)
                {
                    text.Append("\n\n");
                    inParagraph = 0;
                    paragraphLength = random.Next(2, 7);
                }

                text.Append(NextSentence());
                inParagraph++;
            }

            text.Append('\n').Append(Fill(Pick(SyntheticPhrases.Bylines))).Append('\n');
            return new SyntheticArticle(
                string.Create(CultureInfo.InvariantCulture, $"bench-{index:D5}"), title, published, publisher, text.ToString());
        }

        // About what a district report holds: a fact in one sentence of sixteen, numbers that are no
        // fact in one of eight, prose around them.
        private string NextSentence() => random.Next(32) switch
        {
            0 => Fill(Pick(SyntheticPhrases.ProjectSentences)),
            1 => Fill(Pick(SyntheticPhrases.MeetingSentences)),
            2 or 3 or 4 or 5 => Fill(Pick(SyntheticPhrases.Distractors)),
            _ => NextFiller(),
        };

        // Filler is dealt like cards, so a paragraph does not repeat itself until the deck runs out.
        private string NextFiller()
        {
            if (fillers.Count == 0)
            {
                fillers.AddRange(SyntheticPhrases.Fillers);
            }

            var at = random.Next(fillers.Count);
            var filler = fillers[at];
            fillers[at] = fillers[^1];
            fillers.RemoveAt(fillers.Count - 1);
            return filler;
        }

        private string Title(bool meeting) => meeting
            ? $"{district.Name}召开{Pick(SyntheticPhrases.Meetings)}"
            : $"{district.Name}{Count()}个重大项目集中{Pick(["开工", "签约", "竣工"])}";

        /// <summary>The template with each <c>{slot}</c> filled; every slot is drawn afresh.</summary>
        private string Fill(string template)
        {
            var result = new StringBuilder(template.Length + 40);
            var at = 0;
            while (template.IndexOf('{', at) is var open and >= 0)
            {
                var close = template.IndexOf('}', open);
                result.Append(template, at, open - at).Append(Slot(template[(open + 1)..close]));
                at = close + 1;
            }

            return result.Append(template, at, template.Length - at).ToString();
        }

        private string Slot(string name) => name switch
        {
            "date" => EventDate(),
            "period" => Period(),
            "district" => district.Name,
            "level" => district.Level.ToString(),
            "town" => Pick(district.Towns),
            "name" => Pick(SyntheticPhrases.Surnames) + Pick(SyntheticPhrases.GivenNames),
            "company" => Pick(SyntheticPhrases.CompanyHeads),
            "industry" => Pick(SyntheticPhrases.Industries),
            "topic" => Pick(SyntheticPhrases.Topics),
            "work" => Pick(SyntheticPhrases.Works),
            "meeting" => Pick(SyntheticPhrases.Meetings),
            "season" => Pick(SyntheticPhrases.Seasons),
            "publisher" => publisher,
            "count" => Count(),
            "amount" => Amount(),
            "number" => Decimal(random.Next(12, 9_000)),
            "percent" => Decimal(random.Next(5, 250)),
            "month" => Numeral(random.Next(2, 12)),
            "year" => Numeral(published.Year),
            _ => throw new InvalidOperationException($"unknown slot {{{name}}} in a synthetic phrase"),
        };

        /// <summary>A day shortly before publication, written the ways news writes it.</summary>
        private string EventDate()
        {
            var day = published.AddDays(-random.Next(0, 25));
            return random.Next(8) switch
            {
                0 => Invariant($"{day.Year}年{day.Month}月{day.Day}日"),
                1 => "昨日",
                2 => "昨天",
                3 => "日前",
                4 => Invariant($"{day.Month}月{day.Day}日上午"),
                5 when day.Month == published.Month => Invariant($"本月{day.Day}日"),
                _ => Invariant($"{day.Month}月{day.Day}日"),
            };
        }

        private string Period() => random.Next(5) switch
        {
            0 => "今年以来",
            1 => "截至目前",
            2 => Invariant($"{published.Year - 1}年"),
            3 => "上半年",
            _ when published.Month > 2 => Invariant($"1—{published.Month - 1}月"),
            _ => "今年以来",
        };

        private string Count() => Numeral(random.Next(3, 60));

        /// <summary>An investment as articles give it: 83.2亿元, 5600万元, 超百亿元, 约12亿元, 10亿元以上.</summary>
        private string Amount()
        {
            var yi = Decimal(random.Next(12, 3_000));
            return random.Next(10) switch
            {
                0 => Invariant($"{random.Next(1_000, 9_999)}万元"),
                1 => "超百亿元",
                2 => $"约{yi}亿元",
                3 => $"近{yi}亿元",
                4 => $"{yi}亿元以上",
                5 => $"超{yi}亿元",
                _ => $"{yi}亿元",
            };
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        // Tenths: 832 → "83.2", 120 → "12".
        private static string Decimal(int tenths) =>
            tenths % 10 == 0 ? Numeral(tenths / 10) : Invariant($"{tenths / 10}.{tenths % 10}");

        private static string Numeral(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
