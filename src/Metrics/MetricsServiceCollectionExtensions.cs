using Metrics.Export;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Queries;
using Metrics.Review;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Metrics;

/// <summary>The one way to wire the metrics layer into a host.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>The database used when <c>ConnectionStrings:Metrics</c> is not set.</summary>
    public const string DefaultConnectionString = "Data Source=data/dashboard.db";

    /// <summary>Registers storage, ingest, import and query services, reading <c>ConnectionStrings:Metrics</c>.</summary>
    public static IServiceCollection AddMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Metrics") ?? DefaultConnectionString;
        services.AddDbContextFactory<MetricsDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton<MetricsDatabase>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<ArticleFileImport>();
        services.AddSingleton(_ => NantongGazetteer.Load());
        services.AddSingleton<ArticleVolumeQuery>();
        services.AddSingleton<SeriesQuery>();
        services.AddSingleton<FactListQuery>();
        services.AddSingleton<DistrictKpiQuery>();
        services.AddSingleton<FactReview>();
        services.AddSingleton<ArticleConfirmation>();
        services.AddSingleton<ReviewBacklogQuery>();
        services.AddSingleton<ReviewQueueQuery>();
        services.AddSingleton<ArticleDetailQuery>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<StaffImport>();
        services.AddSingleton<ArticleListQuery>();
        services.AddSingleton<KpiTrendQuery>();
        services.AddSingleton<DataVersionQuery>();
        services.AddSingleton<DataSourceQuery>();
        services.AddSingleton<FactExportQuery>();
        return services;
    }
}
