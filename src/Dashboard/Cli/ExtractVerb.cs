using System.Globalization;
using System.Text.Json;
using Metrics.Extraction;
using Metrics.Extraction.Budget;
using Metrics.Extraction.Facts;
using Metrics.Ingest;

namespace Dashboard.Cli;

/// <summary>
/// <c>extract PATH...</c>: prints each article's facts as one JSON line, in the gold schema.
/// Touches no database. Bad inputs get a line on stderr each and exit code 1; the rest is still extracted.
/// </summary>
/// <param name="extract">The extractor, under the configured budget; <see cref="FactExtractor.Extract(ArticleInput, ExtractionLimits, CancellationToken)"/> unless a test swaps it.</param>
internal sealed class ExtractVerb(Func<ArticleInput, ExtractionLimits, IReadOnlyList<ExtractedFact>> extract) : IVerb
{
    public ExtractVerb()
        : this((input, limits) => FactExtractor.Extract(input, limits))
    {
    }

    public ExtractVerb(Func<ArticleInput, IReadOnlyList<ExtractedFact>> extract)
        : this((input, _) => extract(input))
    {
    }

    public string Name => "extract";

    public string Usage => "extract PATH... [--published YYYY-MM-DD]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "published" };

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var ingestOptions = VerbIngestOptions.From(arguments, services);
        var limits = services.GetService<ExtractionLimits>() ?? ExtractionLimits.Default;

        var failures = 0;
        foreach (var result in ArticleFileReader.ReadAll(arguments.Paths, ingestOptions))
        {
            if (!result.Succeeded)
            {
                failures++;
                await errors.WriteLineAsync(result.Failure.ToString());
                continue;
            }

            var article = result.Article;
            IReadOnlyList<ExtractedFact> facts;
            try
            {
                facts = extract(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher, article.Url), limits);
            }
            catch (ExtractionBudgetExceededException exception)
            {
                failures++;
                await errors.WriteLineAsync(new IngestFailure(article.SourcePath ?? article.SourceName, exception.Message).ToString());
                continue;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One article the rules trip over must not cost the facts of all the others.
                failures++;
                await errors.WriteLineAsync(new IngestFailure(article.SourcePath ?? article.SourceName, ExtractionFailed(exception)).ToString());
                continue;
            }

            var published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var line = new ExtractedArticle(article.SourceName, article.Title, published, facts);
            await output.WriteLineAsync(JsonSerializer.Serialize(line, FactJson.Options));
        }

        await output.FlushAsync();
        return failures == 0 ? 0 : 1;
    }

    private static string ExtractionFailed(Exception exception) =>
        $"extraction failed ({exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")})";

    private sealed record ExtractedArticle(string Id, string? Title, string? Published, IReadOnlyList<ExtractedFact> Facts);
}
