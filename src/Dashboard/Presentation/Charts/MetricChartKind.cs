namespace Dashboard.Presentation.Charts;

/// <summary>How a metric chart draws its series.</summary>
public enum MetricChartKind
{
    /// <summary>One bar per district and period, the districts of a period side by side.</summary>
    Bars,

    /// <summary>One line per district through its periods, empty periods drawn at zero.</summary>
    Lines,
}
