using System.Text;

namespace Metrics.Ingest;

/// <summary>Reads an article whose text is already in memory (pasted text, an API post); the same
/// parsing as for files, without the file.</summary>
public static class ArticleTextReader
{
    /// <summary>Reads <paramref name="text"/> as an article of the given format.</summary>
    /// <param name="text">The article as the source gives it; a leading byte-order mark is dropped and
    /// line endings become <c>\n</c>.</param>
    /// <param name="sourceName">The article's name (its id), used as <see cref="IngestedArticle.SourceName"/>
    /// and as the path of a failure.</param>
    /// <param name="format"><c>txt</c>, <c>md</c> or <c>html</c> (<c>.htm</c>, <c>markdown</c> and any case accepted).</param>
    /// <param name="options">Size limit and date override; defaults when null. The limit applies to the
    /// UTF-8 size of the text.</param>
    /// <param name="metadata">Facts given beside the text; each one given wins over the text's own.</param>
    /// <returns>The article, or a failure saying why the text cannot be one.</returns>
    public static IngestResult Read(string text, string sourceName, string format, IngestOptions? options = null, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= IngestOptions.Default;

        if (ArticleFormats.Normalize(format) is not { } canonical)
        {
            return IngestResult.Failed(sourceName, $"unsupported format \"{format}\" (expected txt, md or html)");
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > options.MaxArticleBytes)
        {
            return IngestResult.Failed(sourceName, SizeLimit.Reason("text", bytes, options.MaxArticleBytes));
        }

        return Parse(text, sourceName, sourcePath: null, canonical, options, metadata ?? ArticleMetadata.Empty, subject: "text");
    }

    /// <summary>The parsing shared by files and text in memory; <paramref name="subject"/> is <c>file</c>
    /// or <c>text</c>, for the wording of a failure.</summary>
    internal static IngestResult Parse(
        string text, string sourceName, string? sourcePath, string format, IngestOptions options, ArticleMetadata metadata, string subject)
    {
        var failurePath = sourcePath ?? sourceName;
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestResult.Failed(failurePath, text.Length == 0 ? $"empty {subject}" : $"empty {subject} (only white space)");
        }

        if (BinaryContent.WhyNotText(text) is { } notText)
        {
            return IngestResult.Failed(failurePath, notText);
        }

        var body = ArticleBodyParser.Parse(LineEndings.ToLf(text), format);
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return IngestResult.Failed(failurePath, body.EmptyReason);
        }

        var (published, source) = (options.PublishedOverride, metadata.Published, body.Published) switch
        {
            ({ } date, _, _) => (date, PublishedDateSource.Override),
            (null, { } date, _) => (date, PublishedDateSource.Sidecar),
            (null, null, { } date) => (date, body.PublishedSource),
            _ => ((DateOnly?)null, PublishedDateSource.None),
        };
        if (FuturePublication.WhyRefused(published, options.Clock) is { } future)
        {
            return IngestResult.Failed(failurePath, future);
        }

        return IngestResult.Success(new IngestedArticle
        {
            SourceName = sourceName,
            SourcePath = sourcePath,
            Title = MetadataText.Clean(metadata.Title ?? body.Title),
            Url = metadata.Url ?? body.Url,
            Publisher = MetadataText.Clean(metadata.Publisher ?? body.Publisher),
            Published = published,
            PublishedSource = source,
            Text = body.Text,
            ContentHash = ContentHash.Compute(body.Text),
            Format = format,
            Categories = body.Categories,
            Tags = body.Tags,
        });
    }
}
