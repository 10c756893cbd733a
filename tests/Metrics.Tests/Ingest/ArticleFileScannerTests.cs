using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class ArticleFileScannerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void FolderIsSearchedRecursivelyForArticleFilesInOrdinalOrder()
    {
        _folder.Write("corpus/b.txt", "b");
        _folder.Write("corpus/a.md", "a");
        _folder.Write("corpus/sub/c.HTML", "c");
        _folder.Write("corpus/sub/deeper/d.htm", "d");
        _folder.Write("corpus/B.txt", "B");

        var scan = ArticleFileScanner.Scan([_folder.PathOf("corpus")]);

        Assert.Empty(scan.Failures);
        Assert.Equal(
            ["B.txt", "a.md", "b.txt", "sub/c.HTML", "sub/deeper/d.htm"],
            scan.Files.Select(file => Path.GetRelativePath(_folder.PathOf("corpus"), file).Replace('\\', '/')));
    }

    [Fact]
    public void OtherFilesInAFolderArePassedOverSilently()
    {
        _folder.Write("corpus/a.txt", "a");
        _folder.Write("corpus/a.json", "{}");
        _folder.Write("corpus/a.meta.json", "{}");
        _folder.Write("corpus/scan.pdf", "%PDF");
        _folder.Write("corpus/README", "x");

        var scan = ArticleFileScanner.Scan([_folder.PathOf("corpus")]);

        Assert.Empty(scan.Failures);
        Assert.Equal([_folder.PathOf("corpus/a.txt")], scan.Files);
    }

    [Fact]
    public void HiddenFilesAndFoldersAreSkipped()
    {
        _folder.Write("corpus/.draft.txt", "x");
        _folder.Write("corpus/.git/notes.txt", "x");
        _folder.Write("corpus/visible.txt", "x");

        var scan = ArticleFileScanner.Scan([_folder.PathOf("corpus")]);

        Assert.Equal([_folder.PathOf("corpus/visible.txt")], scan.Files);
    }

    [Fact]
    public void ExplicitlyNamedFilesKeepTheGivenOrderAndAppearOnce()
    {
        var second = _folder.Write("z.txt", "z");
        var first = _folder.Write("a.txt", "a");

        var scan = ArticleFileScanner.Scan([second, first, _folder.Root, second]);

        Assert.Equal([second, first], scan.Files);
    }

    [Fact]
    public void ExplicitFileOfAnotherTypeAndMissingPathAreFailures()
    {
        var pdf = _folder.Write("report.pdf", "%PDF");
        var good = _folder.Write("good.txt", "正文");
        var missing = _folder.PathOf("nowhere");

        var scan = ArticleFileScanner.Scan([pdf, missing, good, ""]);

        Assert.Equal([good], scan.Files);
        Assert.Equal(
            [new IngestFailure(pdf, "unsupported file type .pdf"), new IngestFailure(missing, "no such file or folder"), new IngestFailure("", "empty path")],
            scan.Failures);
    }

    [Fact]
    public void SymlinkedFolderIsNotFollowed()
    {
        _folder.Write("corpus/a.txt", "a");
        Directory.CreateSymbolicLink(_folder.PathOf("corpus/loop"), _folder.PathOf("corpus"));

        var scan = ArticleFileScanner.Scan([_folder.PathOf("corpus")]);

        Assert.Equal([_folder.PathOf("corpus/a.txt")], scan.Files);
    }

    [Fact]
    public void IngestFailurePrintsAsPathColonReason()
    {
        Assert.Equal("a/b.pdf: unsupported file type .pdf", new IngestFailure("a/b.pdf", "unsupported file type .pdf").ToString());
    }

    public void Dispose() => _folder.Dispose();
}
