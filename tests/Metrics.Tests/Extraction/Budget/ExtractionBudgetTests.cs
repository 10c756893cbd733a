using System.Text;
using Metrics.Extraction;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Numbers;

namespace Metrics.Tests.Extraction.Budget;

/// <summary>The step budget: exact, stops an article over it with a reason, and stops on cancellation.</summary>
public sealed class ExtractionBudgetTests
{
    private const string Launch =
        "2月11日上午,通州区一季度重大产业项目集中开工仪式在康源电路项目现场举行。此次集中开工的产业项目共16个,总投资83.2亿元。";

    private static readonly ExtractionLimits Tiny = new() { BaseSteps = 50, StepsPerCharacter = 0 };

    [Fact]
    public void AnArticleOverItsBudgetIsStoppedWithTheBudgetAndItsLengthInTheReason()
    {
        var tooLong = Assert.Throws<ExtractionBudgetExceededException>(() => FactExtractor.Extract(new ArticleInput(Launch, new DateOnly(2023, 2, 12)), Tiny));

        Assert.Equal((50, Launch.Length), (tooLong.Steps, tooLong.Characters));
        Assert.Contains("budget of 50 steps", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("抽取超出预算", tooLong.ChineseReason, StringComparison.Ordinal);
        Assert.Throws<ExtractionBudgetExceededException>(() => FactExtractor.ExtractWithUnplaced(new ArticleInput(Launch, null), Tiny));
    }

    [Fact]
    public void TheDefaultBudgetLeavesAnHonestArticleItsFacts()
    {
        var facts = FactExtractor.Extract(new ArticleInput(Launch, new DateOnly(2023, 2, 12)), ExtractionLimits.Default);

        Assert.Equal(FactExtractor.Extract(new ArticleInput(Launch, new DateOnly(2023, 2, 12))), facts);
        Assert.NotEmpty(facts);
    }

    [Fact]
    public void TheBudgetIsExactToTheStep()
    {
        var text = string.Concat(Enumerable.Repeat("总投资83.2亿元，", 200));
        var taken = ExtractionBudget.Run(new ExtractionLimits(), text.Length, CancellationToken.None, () =>
        {
            MoneyParser.FindAll(text);
            return ExtractionBudget.StepsTaken;
        });

        Assert.InRange(taken, text.Length / 10, long.MaxValue);
        Assert.Equal(200, ExtractionBudget.Run(new ExtractionLimits { BaseSteps = taken, StepsPerCharacter = 0 }, text.Length, default, () => MoneyParser.FindAll(text).Count));
        Assert.Throws<ExtractionBudgetExceededException>(
            () => ExtractionBudget.Run(new ExtractionLimits { BaseSteps = taken - 1, StepsPerCharacter = 0 }, text.Length, default, () => MoneyParser.FindAll(text).Count));
    }

    [Fact]
    public void TheBudgetGrowsWithTheText()
    {
        var limits = new ExtractionLimits { BaseSteps = 1_000, StepsPerCharacter = 30 };

        Assert.Equal(1_000 + (30 * 2_000), limits.StepsFor(2_000));
        Assert.Equal(long.MaxValue / 2, new ExtractionLimits { BaseSteps = 0, StepsPerCharacter = long.MaxValue }.StepsFor(10));
    }

    [Fact]
    public void ACancelledCallerStopsTheExtractionInsideItsLoops()
    {
        var text = new StringBuilder().Insert(0, "通州区召开区委常委会会议，总投资5亿元。", 2_000).ToString();
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionBudget.Run(ExtractionLimits.Default, text.Length, cancel.Token, () =>
        {
            cancel.Cancel();
            return MoneyParser.FindAll(text);
        }));
        Assert.ThrowsAny<OperationCanceledException>(() => FactExtractor.Extract(new ArticleInput(text, null), ExtractionLimits.Default, cancel.Token));
    }

    [Fact]
    public void OutsideAnExtractionTheScannersCountNothing()
    {
        MoneyParser.FindAll(Launch);

        Assert.Equal(0, ExtractionBudget.StepsTaken);
    }
}
