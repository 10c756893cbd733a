using Metrics.Ingest;
using Microsoft.Extensions.Options;

namespace Dashboard.Cli;

/// <summary>What the reading verbs share: at least one PATH, the configured size limit and the <c>--published</c> anchor.</summary>
internal static class VerbIngestOptions
{
    public static IngestOptions From(VerbArguments arguments, IServiceProvider services)
    {
        if (arguments.Paths.Count == 0)
        {
            throw new VerbUsageException("no PATH given");
        }

        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        return new IngestOptions
        {
            MaxArticleBytes = options.MaxArticleBytes,
            PublishedOverride = PublishedOption.Read(arguments),
            Clock = services.GetService<TimeProvider>() ?? TimeProvider.System,
        };
    }
}
