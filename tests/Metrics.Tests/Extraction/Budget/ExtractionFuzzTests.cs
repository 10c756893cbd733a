using System.Text;
using Metrics.Extraction;
using Metrics.Extraction.Budget;
using Metrics.Gazetteer;

namespace Metrics.Tests.Extraction.Budget;

/// <summary>
/// Ten thousand articles made (seeded) from the gazetteer's names, numerals of every shape (负, 正,
/// 零, 两, 半, 几, full-width digits, 万/亿), punctuation, stage and meeting words and dates: each
/// finishes within its budget and without an exception.
/// </summary>
public sealed class ExtractionFuzzTests
{
    private const int Articles = 10_000;

    // Well inside the default, and tight enough that a loop going quadratic on a few hundred characters fails here.
    private static readonly ExtractionLimits Budget = new() { BaseSteps = 200_000, StepsPerCharacter = 100 };

    private static readonly string[] NumeralParts =
        ["负", "正", "零", "〇", "两", "半", "几", "数", "一", "二", "三", "五", "九", "十", "百", "千", "万", "亿", "多", "余", "个", "点",
         "0", "1", "2", "5", "9", "０", "１", "２", "９", ".", ",", "，", "%", "％", "壹", "叁", "拾", "佰", "仟"];

    private static readonly string[] Words =
        ["集中开工", "开工", "签约", "竣工", "投产", "开园", "集中签约", "奠基", "项目", "重大项目", "产业项目", "总投资", "计划总投资", "亿元", "万元", "美元",
         "个", "项", "家", "批", "其中", "共", "约", "超", "近", "以上", "左右", "至", "到", "—", "-",
         "召开", "举行", "主持", "区委常委会会议", "常务会议", "全会", "动员大会", "推进会", "恳谈会", "推介会", "对接会", "人代会", "主任会议", "会议",
         "区委书记", "区长", "市长", "县长", "主任", "书记", "决定", "审议", "传达学习", "精神",
         "昨日", "昨天", "今天", "当天", "次日", "日前", "近日", "今年", "去年", "明年", "上半年", "一季度", "截至目前", "以来", "年底", "将", "计划", "力争", "预计"];

    private static readonly string[] Punctuation = ["，", "。", "、", "；", "：", "！", "？", ",", ".", ";", "(", ")", "（", "）", "“", "”", "《", "》", "\n", "\n\n", " ", "　", "\t"];

    [Fact]
    public void EveryGeneratedArticleFinishesWithinItsBudget()
    {
        var gazetteer = NantongGazetteer.Load();
        var names = gazetteer.AllDistricts.Concat(gazetteer.Divisions.Select(d => d.Name)).Append("南通").Append("北京").Append("苏州").Distinct().ToArray();
        var random = new Random(20261206);
        var facts = 0;
        for (var i = 0; i < Articles; i++)
        {
            var text = Article(random, names);
            var published = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2015, 1, 1).AddDays(random.Next(4_000));
            var title = random.Next(3) == 0 ? Article(random, names) : null;
            try
            {
                facts += FactExtractor.ExtractWithUnplaced(new ArticleInput(text, published, title), Budget).Count;
            }
            catch (Exception exception)
            {
                Assert.Fail($"article {i} ({text.Length} characters, published {published}) failed: {exception}\n{title}\n{text}");
            }
        }

        Assert.True(facts > Articles / 20, $"only {facts} facts: the generator no longer makes articles the rules read");
    }

    // Reports shaped like news (date, place, stage, count, amount), their figures written every way a page
    // writes them: 8,500万美元 holds a comma that is no clause break.
    private static readonly string[] Amounts =
        ["8,500万美元", "1,205.6亿元", "1,200 万元", "83.2 亿元", "１２０．５亿元", "一百二十億元", "超百亿元", "约65亿元", "20亿—30亿元", "3亿多元", "7000余万元", "2.5亿港元", "12,000万元"];

    private static readonly string[] Subjects =
        ["由台商投资的宏硕精密模具项目", "此次集中开工的项目", "该项目", "项目", "其中,", "一批重大项目", "全区", "首批近800家商户"];

    private static readonly string[] Predicates =
        ["集中开工", "签约落户", "竣工投产", "建成并投入试生产", "正式开业", "开门迎客", "正在加快建设", "计划年内开工", "已建成投产"];

    [Fact]
    public void EveryGeneratedReportFinishesWithoutAnException()
    {
        var gazetteer = NantongGazetteer.Load();
        var names = gazetteer.AllDistricts.Concat(gazetteer.Divisions.Select(d => d.Name)).ToArray();
        var random = new Random(20261207);
        var facts = 0;
        for (var i = 0; i < Articles; i++)
        {
            var text = Report(random, names);
            try
            {
                facts += FactExtractor.ExtractWithUnplaced(new ArticleInput(text, new DateOnly(2024, 9, 24), null), Budget).Count;
            }
            catch (Exception exception)
            {
                Assert.Fail($"report {i} failed: {exception}\n{text}");
            }
        }

        Assert.True(facts > Articles, $"only {facts} facts: the generator no longer makes reports the rules read");
    }

    private static string Report(Random random, string[] names)
    {
        var text = new StringBuilder();
        for (var s = random.Next(1, 8); s > 0; s--)
        {
            text.Append(Pick(random, ["", Date(random) + ",", "昨日,", "日前,", "今年以来,"]))
                .Append(Pick(random, names))
                .Append(Pick(random, Subjects))
                .Append(Pick(random, ["", "总投资", "计划总投资", "协议总投资"]) + Pick(random, Amounts))
                .Append(Pick(random, [",", "的", "，", " "]))
                .Append(Pick(random, Predicates))
                .Append(Pick(random, ["", $",共{random.Next(1, 40)}个", $"项目{random.Next(1, 40)}个,总投资" + Pick(random, Amounts)]))
                .Append(Pick(random, ["。", "。\n", ";", ",", "\n\n"]));
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static string Article(Random random, string[] names)
    {
        var text = new StringBuilder();
        var tokens = random.Next(1, 120);
        for (var t = 0; t < tokens; t++)
        {
            text.Append(random.Next(10) switch
            {
                0 or 1 => names[random.Next(names.Length)],
                2 or 3 => Numeral(random),
                4 => Date(random),
                5 or 6 => Punctuation[random.Next(Punctuation.Length)],
                _ => Words[random.Next(Words.Length)],
            });
        }

        return text.ToString();
    }

    private static string Numeral(Random random)
    {
        var numeral = new StringBuilder();
        for (var k = random.Next(1, 7); k > 0; k--)
        {
            numeral.Append(NumeralParts[random.Next(NumeralParts.Length)]);
        }

        return numeral.ToString();
    }

    private static string Date(Random random) => random.Next(6) switch
    {
        0 => $"{random.Next(1990, 2040)}年{random.Next(0, 14)}月{random.Next(0, 33)}日",
        1 => $"{random.Next(1, 13)}月{random.Next(1, 32)}日",
        2 => $"{random.Next(2000, 2030)}-{random.Next(1, 13):D2}-{random.Next(1, 32):D2}",
        3 => $"二〇{random.Next(10, 30)}年",
        4 => $"{random.Next(1, 13)}月份",
        _ => $"{random.Next(1, 32)}日上午",
    };
}
