using Metrics.Import;
using Metrics.Ingest;
using Metrics.Review;
using Metrics.Storage;

namespace Dashboard.Cli;

/// <summary><c>import PATH...</c>: stores articles in the database; idempotent; every article it changes is audited as <c>cli:&lt;user&gt;</c>.</summary>
internal sealed class ImportVerb : IVerb
{
    public string Name => "import";

    public string Usage => "import PATH... [--published YYYY-MM-DD] [--ConnectionStrings:Metrics=...]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "published" };

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var ingestOptions = VerbIngestOptions.From(arguments, services);

        await services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        var audit = ImportAudit.For(UserName, services.GetRequiredService<TimeProvider>());
        var summary = await services.GetRequiredService<ArticleFileImport>().ImportAsync(arguments.Paths, ingestOptions, audit);
        foreach (var failure in summary.Rejected)
        {
            await errors.WriteLineAsync($"{failure.Path}: {IngestFailureWords.Chinese(failure.Reason)} ({failure.Reason})");
        }

        foreach (var (path, warnings) in summary.Warned)
        {
            foreach (var warning in warnings)
            {
                await errors.WriteLineAsync($"{path}: 警告：{warning}");
            }
        }

        await output.WriteLineAsync(
            $"新增 {summary.Added} 篇，未变 {summary.Unchanged} 篇，更新 {summary.Updated} 篇，拒绝 {summary.Rejected.Count} 篇；" +
            $"事实：新增 {summary.NewFacts} 条，已知事实的报道 {summary.KnownFacts} 条" + (summary.Warned.Count > 0 ? $"；{summary.Warned.Count} 篇有警告" : "") +
            (summary.Held > 0 ? $"；{summary.Held} 篇的新文本暂缓（比已存文本短得多或像错误页），请到“审核”处理" : "") + "\n" +
            $"(added {summary.Added}, unchanged {summary.Unchanged}, updated {summary.Updated}, rejected {summary.Rejected.Count}; " +
            $"facts: {summary.NewFacts} new, {summary.KnownFacts} mentions of known facts" +
            (summary.Held > 0 ? $"; held for review in /review: {summary.Held} (much shorter than the stored text, or an error page)" : "") + ")");
        return summary.Rejected.Count == 0 ? 0 : 1;
    }

    /// <summary>The name the audit log records for an import from the command line.</summary>
    public static string UserName => "cli:" + Environment.UserName;
}
