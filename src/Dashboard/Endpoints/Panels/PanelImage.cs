using Metrics.Queries;

namespace Dashboard.Endpoints.Panels;

/// <summary>Draws a panel's chart (through the timeline's MetricChart builder) as PNG or SVG with its caption lines.</summary>
internal static class PanelImage
{
    public static byte[] Render(SeriesResult result, PanelRequest request, PanelCaption caption, PanelFormat format) =>
        throw new NotSupportedException("Panel images wait for the MetricChart builder.");
}
