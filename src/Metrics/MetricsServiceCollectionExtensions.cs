using Metrics.Export;
using Metrics.Extraction.Budget;
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
    public const string DefaultConnectionString = MetricsStorage.DefaultSqliteConnectionString;

    /// <summary>Registers storage, ingest, import and query services, reading <c>Dashboard:Database</c> and <c>ConnectionStrings:Metrics</c>.</summary>
    public static IServiceCollection AddMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = MetricsStorage.FromConfiguration(configuration);
        services.AddSingleton(storage);
        services.AddDbContextFactory<MetricsDbContext>(options => storage.Configure(options));
        services.AddSingleton<MetricsDatabase>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ReadLimits(configuration.GetSection(ExtractionLimits.Section)));
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
        services.AddSingleton<ArticleVersionReview>();
        services.AddSingleton<ArticleListQuery>();
        services.AddSingleton<KpiTrendQuery>();
        services.AddSingleton<DataVersionQuery>();
        services.AddSingleton<DataSourceQuery>();
        services.AddSingleton<FactExportQuery>();
        return services;
    }

    /// <summary><c>Extraction:BaseSteps</c> and <c>Extraction:StepsPerCharacter</c>, each optional.</summary>
    private static ExtractionLimits ReadLimits(IConfigurationSection section) => new()
    {
        BaseSteps = ReadSteps(section, nameof(ExtractionLimits.BaseSteps)) ?? ExtractionLimits.Default.BaseSteps,
        StepsPerCharacter = ReadSteps(section, nameof(ExtractionLimits.StepsPerCharacter)) ?? ExtractionLimits.Default.StepsPerCharacter,
    };

    private static long? ReadSteps(IConfigurationSection section, string key) => section[key] switch
    {
        null or "" => null,
        var text when long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var steps) => steps,
        var text => throw new InvalidOperationException($"{section.Path}:{key} must be a whole number of steps, not '{text}'"),
    };
}
