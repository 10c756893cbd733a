using Dashboard.Account;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard;

/// <summary>Before the app serves: migrate the database, and import <c>seed/</c> into an empty one.</summary>
internal static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        await services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        await services.GetRequiredService<AdminCredentials>().InitializeAsync(Console.Out);

        var contextFactory = services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();
        await using (var context = await contextFactory.CreateDbContextAsync())
        {
            if (await context.Articles.AnyAsync())
            {
                return;
            }
        }

        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var seedPath = options.ResolveSeedPath();
        if (!Directory.Exists(seedPath))
        {
            logger.LogWarning("The database is empty and the seed folder {SeedPath} does not exist; starting empty.", seedPath);
            return;
        }

        var summary = await services.GetRequiredService<ArticleFileImport>()
            .ImportAsync([seedPath], new IngestOptions { MaxArticleBytes = options.MaxArticleBytes, Clock = services.GetRequiredService<TimeProvider>() });
        logger.LogInformation(
            "Imported the seed folder {SeedPath}: {Added} added, {Unchanged} unchanged, {Rejected} rejected.",
            seedPath, summary.Added, summary.Unchanged, summary.Rejected.Count);
        foreach (var failure in summary.Rejected)
        {
            logger.LogWarning("Seed file rejected: {Path}: {Reason}", failure.Path, failure.Reason);
        }
    }
}
