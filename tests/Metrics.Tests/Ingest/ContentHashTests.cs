using Metrics.Ingest;

namespace Metrics.Tests.Ingest;

public sealed class ContentHashTests : IDisposable
{
    private const string Text = "南通市通州区16个项目集中开工，总投资83.2亿元。\n罕见字：𠀀、㐀。\n";

    private readonly TempFolder _folder = new();

    [Fact]
    public void HashIsLowercaseHexSha256OfTheUtf8Text()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Compute("abc"));
        Assert.Equal(ContentHash.Compute(Text), IngestAssert.Article(ArticleTextReader.Read(Text, "t", "txt")).ContentHash);
    }

    [Fact]
    public void SameFileReadTwiceGivesTheSameHash()
    {
        var path = _folder.Write("a.txt", "---\ntags: [开工, 签约]\n---\n" + Text);

        var first = IngestAssert.Article(ArticleFileReader.Read(path));
        var second = IngestAssert.Article(ArticleFileReader.Read(path));

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Utf8AndGb18030CopiesOfTheSameTextGiveTheSameHash()
    {
        var utf8 = _folder.Write("utf8.txt", Text);
        var gb = _folder.Write("gb.txt", TempFolder.Gb18030.GetBytes(Text));

        Assert.Equal(
            IngestAssert.Article(ArticleFileReader.Read(utf8)).ContentHash,
            IngestAssert.Article(ArticleFileReader.Read(gb)).ContentHash);
    }

    [Fact]
    public void WindowsAndUnixLineEndingsGiveTheSameHash()
    {
        var unix = _folder.Write("unix.txt", "第一段\n第二段\n");
        var windows = _folder.Write("windows.txt", "第一段\r\n第二段\r\n");

        Assert.Equal(
            IngestAssert.Article(ArticleFileReader.Read(unix)).ContentHash,
            IngestAssert.Article(ArticleFileReader.Read(windows)).ContentHash);
    }

    [Fact]
    public void DifferentTextGivesADifferentHash()
    {
        Assert.NotEqual(ContentHash.Compute("总投资83.2亿元"), ContentHash.Compute("总投资83.3亿元"));
    }

    public void Dispose() => _folder.Dispose();
}
