using Dashboard.Components.Pages.Timeline;
using Dashboard.Presentation.Charts;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Tests.Timeline;

public class TimelineViewTests
{
    private static readonly NantongGazetteer Gazetteer = NantongGazetteer.Load();

    [Fact]
    public void AnEmptyLinkIsProjectsByYearForEveryDistrictAsBars()
    {
        Assert.Equal(TimelineView.Default, TimelineView.Parse("", Gazetteer), new ViewComparer());
    }

    [Fact]
    public void ReadsEveryFilterOfTheLink()
    {
        var view = TimelineView.Parse(
            "?metric=investment&interval=month&district=%E9%80%9A%E5%B7%9E%E5%8C%BA&district=海门区&stage=started&from=2021-01-01&to=2023-12-31&boundaries=current&chart=lines",
            Gazetteer);

        Assert.Equal(Metric.Investment, view.Metric);
        Assert.Equal(Interval.Month, view.Interval);
        Assert.Equal(["通州区", "海门区"], view.Filter.Districts);
        Assert.Equal(ProjectStage.Started, view.Filter.Stage);
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31)), (view.Filter.From!.Value, view.Filter.To!.Value));
        Assert.Equal(Boundaries.Current, view.Filter.Boundaries);
        Assert.Equal(MetricChartKind.Lines, view.Kind);
    }

    [Fact]
    public void TheQueryItWritesReadsBackAsTheSameView()
    {
        var view = TimelineView.Parse("?metric=meetings&interval=quarter&district=港闸区&kind=standing_committee&from=2020-01-01&chart=lines", Gazetteer);

        var query = QueryString(view.ToQuery());

        Assert.Equal(view, TimelineView.Parse(query, Gazetteer), new ViewComparer());
        Assert.DoesNotContain("boundaries", query);
    }

    [Theory]
    [InlineData("?metric=budget", "metric")]
    [InlineData("?interval=week", "interval")]
    [InlineData("?district=北京市", "district")]
    [InlineData("?metric=meetings&stage=signed", "stage")]
    [InlineData("?from=2023-13-01", "from")]
    [InlineData("?from=2023-02-01&to=2023-01-01", "from")]
    [InlineData("?chart=pie", "chart")]
    public void ABadLinkNamesTheParameter(string query, string parameter)
    {
        var problem = Assert.Throws<TimelineLinkException>(() => TimelineView.Parse(query, Gazetteer));

        Assert.Equal(parameter, problem.Parameter);
    }

    [Fact]
    public void SwitchingToMeetingsDropsTheStageAndBackDropsTheKind()
    {
        var projects = TimelineView.Parse("?stage=started", Gazetteer);
        var meetings = TimelineView.Parse("?metric=meetings&kind=plenary", Gazetteer);

        Assert.Null(projects.WithMetric(Metric.Meetings).Filter.Stage);
        Assert.Null(meetings.WithMetric(Metric.Investment).Filter.Kind);
        Assert.Equal(ProjectStage.Started, projects.WithMetric(Metric.Investment).Filter.Stage);
    }

    private static string QueryString(IReadOnlyDictionary<string, object?> parameters)
    {
        var query = "";
        foreach (var (name, value) in parameters)
        {
            foreach (var item in value switch { null => [], string[] many => many, var one => [one.ToString()!] })
            {
                query = QueryHelpers.AddQueryString(query, name, item);
            }
        }

        return query;
    }

    // Records compare lists by reference: compare the filter's districts by content.
    private sealed class ViewComparer : IEqualityComparer<TimelineView>
    {
        public bool Equals(TimelineView? x, TimelineView? y) =>
            x is not null && y is not null
            && x.Metric == y.Metric && x.Interval == y.Interval && x.Kind == y.Kind
            && x.Filter.Districts.SequenceEqual(y.Filter.Districts)
            && x.Filter with { Districts = [] } == y.Filter with { Districts = [] };

        public int GetHashCode(TimelineView obj) => obj.Metric.GetHashCode();
    }
}
