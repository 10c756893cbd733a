using System.Text;
using Metrics.Extraction;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;

namespace Metrics.Tests.Extraction.Budget;

/// <summary>
/// Extraction costs steps in proportion to the text (issue 18): four hundred reports joined cost at most
/// half again per character what forty do, eight thousand what a thousand do (past every rule's reach),
/// and a run-on line of 500 what one of 100 does; and the bounds that keep it so (run-ons cut, a carried
/// date's reach, the candidates a batch's part is compared with) leave honest reports their facts.
/// </summary>
public sealed class LinearExtractionTests
{
    private static readonly DateOnly Published = new(2023, 2, 12);

    private static readonly string[] Reports =
    [
        "2月11日上午,通州区一季度重大产业项目集中开工仪式在康源电路项目现场举行。此次集中开工的产业项目共16个,总投资83.2亿元。\n",
        "2月9日,海门区委召开常委会会议,区委书记主持会议。会议研究了重大项目推进工作。\n",
        "南通市委、市政府在上海举行产业合作恳谈会,全市共有12个项目现场签约,总投资达120亿元。如皋市签约项目3个。\n",
        "2月10日,启东市召开重大项目推进会。会上,5个项目集中签约,总投资超百亿元;其中,总投资20亿元的新能源项目落户吕四港。\n",
        "2月20日,如东县风电项目开工。3月1日,如东县委召开常委会会议。\n",
    ];

    [Fact]
    public void StepsGrowWithTheTextNotFaster()
    {
        var small = StepsPerCharacter(Joined(40));
        var large = StepsPerCharacter(Joined(400));

        Assert.InRange(large / small, 0.5, 1.5);
    }

    [Fact]
    public void StepsGrowWithTheTextPastTheFactReach()
    {
        // Both hold more candidates than FactMerger.FactReach, the most any rule compares one with: a rule
        // that compared each with every earlier one would cost eight times more per character in the larger.
        var small = StepsPerCharacter(Joined(1000));
        var large = StepsPerCharacter(Joined(8000));

        Assert.InRange(large / small, 0.5, 1.5);
    }

    [Fact]
    public void APartToldRightAfterItsWholeIsNoFactOfItsOwn()
    {
        var text = "2月1日,海门区共有开工项目19个。此外,海门区另有14个项目自行开工。\n";

        var projects = FactExtractor.Extract(new ArticleInput(text, Published)).OfType<ProjectEventFact>().ToList();

        Assert.Contains(projects, p => p is { District: "海门区", ProjectCount: 19 });
        Assert.DoesNotContain(projects, p => p.ProjectCount == 14);
    }

    [Fact]
    public void ABatchFarBeyondTheFactReachIsNoPartOfAnEarlierOne()
    {
        var others = string.Concat(Enumerable.Repeat("2月1日,如皋市开工项目5个。\n", 600));
        var text = "2月1日,海门区共有开工项目19个。\n" + others + "此外,海门区另有14个项目自行开工。\n";

        var projects = FactExtractor.Extract(new ArticleInput(text, Published)).OfType<ProjectEventFact>().ToList();

        Assert.Contains(projects, p => p is { District: "海门区", ProjectCount: 14 });
    }

    [Fact]
    public void StepsGrowWithTheTextWhenItIsOneRunOnLine()
    {
        // Past the longest sentence a line may hold: below it a sentence's rules read all of it.
        var small = StepsPerCharacter(OneLine(Joined(100)));
        var large = StepsPerCharacter(OneLine(Joined(500)));

        Assert.InRange(large / small, 0.5, 1.5);
    }

    [Fact]
    public void ARunOnLineStillGivesTheFactsOfItsClauses()
    {
        var facts = FactExtractor.Extract(new ArticleInput(OneLine(Joined(20)), Published));

        Assert.Contains(facts, f => f is ProjectEventFact { District: "通州区", ProjectCount: 16 });
    }

    [Fact]
    public void ADayFarBeforeAFactBeyondTheCarryReachDatesItNot()
    {
        var filler = string.Concat(Enumerable.Repeat("会议强调,要坚持稳中求进工作总基调,推动经济持续健康发展。\n", 800));
        var text = "海门区新闻\n本报讯\n通讯员\n2月3日,海门区召开经济运行分析会。\n" + filler + "海门区委召开常委会会议,研究部署重点工作。";

        var meetings = FactExtractor.Extract(new ArticleInput(text, Published)).OfType<MeetingFact>().ToList();

        Assert.True(filler.Length > 20_000);
        Assert.DoesNotContain(meetings, m => m.Evidence.Contains("常委会会议", StringComparison.Ordinal) && m.Date == "2023-02-03");
    }

    [Fact]
    public void TheDatelineStillDatesAFactFarBelowIt()
    {
        var filler = string.Concat(Enumerable.Repeat("会议强调,要坚持稳中求进工作总基调,推动经济持续健康发展。\n", 800));
        var text = "2月3日,海门区委召开常委会会议。\n" + filler + "同日,海门区政府召开常务会议,研究部署重点工作。";

        var meetings = FactExtractor.Extract(new ArticleInput(text, Published)).OfType<MeetingFact>().ToList();

        Assert.Contains(meetings, m => m.Evidence.Contains("常务会议", StringComparison.Ordinal) && m.Date == "2023-02-03");
    }

    private static string Joined(int copies)
    {
        var text = new StringBuilder();
        for (var i = 0; i < copies; i++)
        {
            text.Append(Reports[i % Reports.Length]);
        }

        return text.ToString();
    }

    private static string OneLine(string text) => string.Concat(text.Select(c => c is '。' or '\n' ? ',' : c));

    private static double StepsPerCharacter(string text) =>
        ExtractionBudget.Run(ExtractionLimits.Default, text.Length, CancellationToken.None, () =>
        {
            FactExtractor.Extract(new ArticleInput(text, Published), ExtractionLimits.Default);
            return ExtractionBudget.StepsTaken;
        }) / (double)text.Length;
}
