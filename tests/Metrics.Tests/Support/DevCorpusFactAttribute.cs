namespace Metrics.Tests.Support;

/// <summary>
/// A test that reads the shared dev corpus: skipped with a line saying why when this checkout has
/// none (a fresh clone without <c>../shared</c>), as <c>scripts/extract-ratchet.sh</c> skips the
/// ratchet, instead of failing on a missing folder.
/// </summary>
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute() => Skip = SkipReasonFor(DevCorpusLocation.Find());

    /// <summary>Why a dev-corpus test cannot run with <paramref name="corpus"/>, or null when it can.</summary>
    public static string? SkipReasonFor(string? corpus) => corpus is not null && Directory.Exists(corpus)
        ? null
        : "skipped: no dev corpus (shared/corpus/dev beside the repository, or METRICS_DEV_CORPUS); clone the shared folder next to the repository to run it";
}

/// <summary>Where the dev corpus is: <c>METRICS_DEV_CORPUS</c>, else <c>shared/corpus/dev</c> in a folder above the tests (CI clones the repository next to <c>shared/</c>).</summary>
internal static class DevCorpusLocation
{
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("METRICS_DEV_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
