using Metrics.Extraction.Dates;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// A date without its year or month is the most recent past one, unless the clause before it
/// is future-marked; the marker nearest to the date decides.
/// </summary>
public sealed class TenseMarkerTests
{
    private static readonly DateOnly Published = new(2023, 7, 11);

    [Theory]
    [InlineData("项目将于12日开工", "2023-07-12")]
    [InlineData("项目拟于12日开工", "2023-07-12")]
    [InlineData("项目计划12日开工", "2023-07-12")]
    [InlineData("项目预计12日建成", "2023-07-12")]
    [InlineData("力争12日竣工", "2023-07-12")]
    [InlineData("项目预计8月投产", "2023-08")]
    [InlineData("12日将举行开工仪式", "2023-07-12")]
    [InlineData("15日上午拟召开推进会", "2023-07-15")]
    [InlineData("6月29日签约的项目将于明年投产", "2023-06-29")]
    [InlineData("项目已于12日开工", "2023-06-12")]
    [InlineData("12日，项目开工", "2023-06-12")]
    [InlineData("项目8月投产", "2022-08")]
    public void MarkerInTheClauseBeforeOrRightAfterDecides(string text, string gold)
    {
        var mention = DateResolver.FindAll(text, Published)[0];

        Assert.Equal(gold, mention.GoldDate);
    }

    [Fact]
    public void NearestMarkerWins()
    {
        // 原计划 is further away than 已于: the project started on the past 12th.
        var mention = Assert.Single(DateResolver.FindAll("原计划下半年开工的项目已于12日开工", Published), m => m.Text == "12日");

        Assert.False(mention.IsFutureMarked);
        Assert.Equal("2023-06-12", mention.GoldDate);
    }

    [Fact]
    public void MarkerInAnEarlierClauseDoesNotCount()
    {
        var mention = Assert.Single(DateResolver.FindAll("项目将加快建设，12日举行了观摩会", Published));

        Assert.False(mention.IsFutureMarked);
        Assert.Equal("2023-06-12", mention.GoldDate);
    }

    [Fact]
    public void AMarkerInAnEarlierTitleDoesNotCount()
    {
        var mention = Assert.Single(DateResolver.FindAll("《启东深入对接浦东三年行动计划》《2022年启东对接上海工作实施方案》", Published));

        Assert.False(mention.IsFutureMarked);
    }

    [Theory]
    [InlineData("计划总投资50亿元的项目12日开工")]
    [InlineData("预计投资5亿元的项目12日开工")]
    [InlineData("全体将士12日出征")]
    [InlineData("区委将12日定为企业服务日")]
    public void AmountRolesAndOtherUsesOfTheMarkerWordsAreNotTense(string text)
    {
        var mention = Assert.Single(DateResolver.FindAll(text, Published));

        Assert.False(mention.IsFutureMarked);
        Assert.Equal("2023-06-12", mention.GoldDate);
    }

    [Theory]
    [InlineData("明年3月")]
    [InlineData("下个月")]
    [InlineData("明天")]
    [InlineData("下周")]
    public void ForwardWordsAreFutureMarkedThemselves(string text)
    {
        Assert.True(Assert.Single(DateResolver.FindAll(text, Published)).IsFutureMarked);
    }

    [Fact]
    public void FutureMarkedQuarterTakesTheNextOneNotYetOver()
    {
        // 四季度 in January is last year's (D10), but 将于四季度 is this year's.
        var mention = Assert.Single(DateResolver.FindAll("项目将于四季度投产", new DateOnly(2024, 1, 3)));

        Assert.Equal("2024-Q4", mention.GoldDate);
    }
}
