namespace Metrics;

public static class MetricsServiceCollectionExtensions
{
}
