using Metrics.Tests.Support;

namespace Metrics.Tests.Gazetteer;

public sealed class DevCorpusSkipTests
{
    [Fact]
    public void WithoutTheSharedFolderTheDevCorpusTestsSkipSayingWhy()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-shared", "corpus", "dev");

        var reason = DevCorpusFactAttribute.SkipReasonFor(missing);

        Assert.NotNull(reason);
        Assert.Contains("shared/corpus/dev", reason, StringComparison.Ordinal);
        Assert.NotNull(DevCorpusFactAttribute.SkipReasonFor(null));
    }

    [Fact]
    public void WithTheSharedFolderTheyRun()
    {
        using var folder = new TempFolder();

        Assert.Null(DevCorpusFactAttribute.SkipReasonFor(folder.Root));
    }
}
