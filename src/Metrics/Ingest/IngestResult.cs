using System.Diagnostics.CodeAnalysis;

namespace Metrics.Ingest;

/// <summary>The outcome of reading one input: an article, or a failure saying why not.</summary>
public sealed record IngestResult
{
    private IngestResult(IngestedArticle? article, IngestFailure? failure)
    {
        Article = article;
        Failure = failure;
    }

    /// <summary>The article, when reading succeeded.</summary>
    public IngestedArticle? Article { get; }

    /// <summary>Why the input was rejected, when reading failed.</summary>
    public IngestFailure? Failure { get; }

    /// <summary>True when <see cref="Article"/> is set (and <see cref="Failure"/> is not).</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Article is not null;

    /// <summary>A successful read.</summary>
    public static IngestResult Success(IngestedArticle article) =>
        new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A rejected input.</summary>
    public static IngestResult Failed(IngestFailure failure) =>
        new(null, failure ?? throw new ArgumentNullException(nameof(failure)));

    /// <summary>A rejected input, from its path and reason.</summary>
    public static IngestResult Failed(string path, string reason) => Failed(new IngestFailure(path, reason));
}
