using System.Globalization;
using System.Text.Json;
using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Ingest;
using Microsoft.Extensions.Options;

namespace Dashboard.Cli;

/// <summary>
/// <c>extract PATH...</c>: prints each article's facts as one JSON line, in the gold schema.
/// Touches no database. Bad inputs get a line on stderr each and exit code 1; the rest is still extracted.
/// </summary>
internal sealed class ExtractVerb : IVerb
{
    public string Name => "extract";

    public string Usage => "extract PATH... [--published YYYY-MM-DD]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "published" };

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        if (arguments.Paths.Count == 0)
        {
            throw new VerbUsageException("no PATH given");
        }

        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var ingestOptions = new IngestOptions
        {
            MaxArticleBytes = options.MaxArticleBytes,
            PublishedOverride = PublishedOption.Read(arguments),
        };

        var failures = 0;
        foreach (var result in ArticleFileReader.ReadAll(arguments.Paths, ingestOptions))
        {
            if (!result.Succeeded)
            {
                failures++;
                await errors.WriteLineAsync($"{result.Failure.Path}: {result.Failure.Reason}");
                continue;
            }

            var article = result.Article;
            var facts = FactExtractor.Extract(new ArticleInput(article.Text, article.Published, article.Title, article.Publisher));
            var line = new ExtractedArticle(article.SourceName, article.Title, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), facts);
            await output.WriteLineAsync(JsonSerializer.Serialize(line, FactJson.Options));
        }

        await output.FlushAsync();
        return failures == 0 ? 0 : 1;
    }

    private sealed record ExtractedArticle(string Id, string? Title, string? Published, IReadOnlyList<ExtractedFact> Facts);
}
