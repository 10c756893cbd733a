using Metrics.Extraction.Text;
using Metrics.Tests.Support;

namespace Metrics.Tests.Extraction.Text;

/// <summary>Properties that must hold on every real article in <c>shared/corpus/dev</c>; silent when this
/// checkout has no shared folder beside it.</summary>
public sealed class DevCorpusTests
{
    private static IEnumerable<(string Name, string Text)> Articles()
    {
        if (RepositoryPaths.DevCorpus is not { } folder)
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(path), File.ReadAllText(path));
        }
    }

    [Fact]
    public void OffsetMapIsExactOnEveryDevArticle()
    {
        foreach (var (name, text) in Articles())
        {
            NormalizedTextAssert.MapIsExact(TextNormalizer.Normalize(text), name);
        }
    }

    [Fact]
    public void SentencesOfEveryDevArticleMapBackToOriginalText()
    {
        foreach (var (name, text) in Articles())
        {
            var normalized = TextNormalizer.Normalize(text);
            var end = 0;
            foreach (var sentence in SentenceSplitter.Split(normalized))
            {
                Assert.True(sentence.Start >= end, $"{name}: sentences overlap at {sentence.Start}");
                Assert.Equal(normalized.Text.Substring(sentence.Start, sentence.Length), sentence.Text);
                Assert.DoesNotContain('\n', sentence.Text);
                var (start, length) = normalized.ToOriginalSpan(sentence.Start, sentence.Length);
                Assert.Equal(sentence.Text[0], NormalizedTextAssert.Expected(text[start]));
                Assert.Equal(sentence.Text[^1], NormalizedTextAssert.Expected(text[start + length - 1]));
                end = sentence.End;
            }
        }
    }

    [Fact]
    public void TraditionalDevArticlesKeepNoTraditionalCharacterTheTableKnows()
    {
        foreach (var (name, text) in Articles().Where(a => a.Name.Contains("big5", StringComparison.Ordinal)))
        {
            var normalized = TextNormalizer.Normalize(text).Text;

            Assert.True(text.Any(c => SimplifiedChinese.ToSimplified(c) != c), $"{name} has no traditional character");
            Assert.Equal(normalized, SimplifiedChinese.ToSimplified(normalized));
        }
    }

    [Fact]
    public void DevCorpusIsFoundBesideTheRepository()
    {
        if (RepositoryPaths.DevCorpus is null)
        {
            return;
        }

        Assert.True(Articles().Count() >= 50);
    }
}
