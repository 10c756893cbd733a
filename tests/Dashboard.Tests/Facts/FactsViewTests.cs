using Dashboard.Presentation.Parameters;
using Dashboard.Presentation.Words;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;

namespace Dashboard.Tests.Facts;

public sealed class FactsViewTests
{
    private static readonly NantongGazetteer Gazetteer = NantongGazetteer.Load();

    [Theory]
    [InlineData(null, null, "全部时间")]
    [InlineData("2023-01-01", "2023-12-31", "2023年")]
    [InlineData("2020-01-01", "2023-12-31", "2020–2023年")]
    [InlineData("2023-04-01", "2023-06-30", "2023年第二季度")]
    [InlineData("2023-02-01", "2023-02-28", "2023年2月")]
    [InlineData("2023-02-11", "2023-02-11", "2023年2月11日")]
    [InlineData("2023-02-01", "2023-05-31", "2023年2–5月")]
    [InlineData("2022-11-01", "2023-02-28", "2022年11月–2023年2月")]
    [InlineData("2023-02-15", "2023-03-31", "2023-02-15 至 2023-03-31")]
    [InlineData("2023-02-15", null, "2023-02-15 起")]
    [InlineData(null, "2023-03-31", "至 2023-03-31")]
    public void ThePeriodIsSaidAsAReaderWouldSayIt(string? from, string? to, string words)
    {
        Assert.Equal(words, SelectionWords.Period(Date(from), Date(to)));
    }

    [Fact]
    public void TheHeadingNamesDistrictsPeriodWhatAndTodaysBoundaries()
    {
        var filter = new FactFilter { Districts = ["崇川区", "海门区"], From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31), Kind = MeetingKind.StandingCommittee, Boundaries = Boundaries.Current };

        Assert.Equal("崇川区、海门区 · 2020年 · 常委会会议 · 现行区划（港闸区并入崇川区）", SelectionWords.Heading(Metric.Meetings, filter));
        Assert.Equal("全部区县 · 全部时间 · 签约项目投资额", SelectionWords.Heading(Metric.Investment, new FactFilter { Stage = ProjectStage.Signed }));
    }

    [Fact]
    public void APointIsItsDistrictAndPeriodCutToTheChartsOwnRange()
    {
        var filter = new FactFilter { Districts = ["通州区", "海门区"], From = new DateOnly(2023, 2, 15), Stage = ProjectStage.Started };

        var view = FactsView.ForPoint(Metric.Projects, Interval.Quarter, filter, "海门区", "2023-Q1");

        Assert.Equal("/facts?metric=projects&district=" + Uri.EscapeDataString("海门区") + "&from=2023-02-15&to=2023-03-31&stage=started", view.Url);
    }

    [Fact]
    public void TheUrlReadsBackAsTheSameSelection()
    {
        var view = FactsView.ForYear(Metric.Meetings, new FactFilter { Districts = ["港闸区"], Kind = MeetingKind.Plenary, Boundaries = Boundaries.Current }, 2020).WithPage(3);

        var read = FactsView.Parse(new Uri("http://x" + view.Url).Query, Gazetteer);

        Assert.Equal(view.Url, read.Url);
        Assert.Equal((Metric.Meetings, 3, MeetingKind.Plenary, Boundaries.Current), (read.Metric, read.Page, read.Filter.Kind, read.Filter.Boundaries));
        Assert.Equal(["港闸区"], read.Filter.Districts);
    }

    [Fact]
    public void AMissingMetricIsNamed()
    {
        var problem = Assert.Throws<ApiParameterException>(() => FactsView.Parse("?district=通州区", Gazetteer));

        Assert.Equal("metric", problem.Parameter);
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
