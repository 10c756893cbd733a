using Metrics.Export;
using Metrics.Extraction.Budget;
using Metrics.Gazetteer;
using Metrics.Import;
using Metrics.Queries;
using Metrics.Review;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Metrics;

/// <summary>The one way to wire the metrics layer into a host.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>The database used when <c>ConnectionStrings:Metrics</c> is not set.</summary>
    public const string DefaultConnectionString = MetricsStorage.DefaultSqliteConnectionString;

    /// <summary>
    /// Registers storage, ingest, import and query services, reading <c>Dashboard:Database</c>,
    /// <c>ConnectionStrings:Metrics</c> and <c>ConnectionStrings:MetricsReplica</c> (the panels' queries, see <see cref="PanelReadContexts"/>).
    /// </summary>
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
        services.AddSingleton(provider => new PanelReadContexts(storage.ReplicaConnectionString is null
            ? provider.GetRequiredService<IDbContextFactory<MetricsDbContext>>()
            : new PooledDbContextFactory<MetricsDbContext>(storage.ReplicaOptions(provider.GetService<ILoggerFactory>()))));
        AddPanelQueries(services);
        return services;
    }

    /// <summary>The same query classes over <see cref="PanelReadContexts"/>, keyed <see cref="PanelReadContexts.Key"/>; each takes its version and its data from there.</summary>
    private static void AddPanelQueries(IServiceCollection services)
    {
        const string key = PanelReadContexts.Key;
        services.AddKeyedSingleton(key, (provider, _) => new DataVersionQuery(provider.GetRequiredService<PanelReadContexts>()));
        services.AddKeyedSingleton(key, (provider, _) => new SeriesQuery(provider.GetRequiredService<PanelReadContexts>(), provider.GetRequiredService<NantongGazetteer>()));
        services.AddKeyedSingleton(key, (provider, _) => new KpiTrendQuery(provider.GetRequiredKeyedService<SeriesQuery>(key), provider.GetRequiredService<PanelReadContexts>()));
        services.AddKeyedSingleton(key, (provider, _) => new DistrictKpiQuery(provider.GetRequiredKeyedService<SeriesQuery>(key), provider.GetRequiredService<NantongGazetteer>()));
        services.AddKeyedSingleton(key, (provider, _) => new ArticleVolumeQuery(provider.GetRequiredService<PanelReadContexts>()));
        services.AddKeyedSingleton(key, (provider, _) => new FactListQuery(provider.GetRequiredService<PanelReadContexts>(), provider.GetRequiredService<NantongGazetteer>()));
        services.AddKeyedSingleton(key, (provider, _) => new DataSourceQuery(provider.GetRequiredService<PanelReadContexts>()));
        services.AddKeyedSingleton(key, (provider, _) => new FactExportQuery(provider.GetRequiredService<PanelReadContexts>(), provider.GetRequiredService<NantongGazetteer>()));
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
