using Metrics.Extraction;

namespace Dashboard.Cli.Bench;

/// <summary>Time per stage over a sample, in the order of <see cref="StageProfile.StageNames"/>.</summary>
/// <param name="Articles">Articles in the sample.</param>
/// <param name="Stages">Total time of each stage over the sample.</param>
/// <param name="Whole">Total time of <see cref="FactExtractor.Extract(ArticleInput)"/> over the sample.</param>
internal sealed record StageTimings(int Articles, IReadOnlyList<TimeSpan> Stages, TimeSpan Whole);
