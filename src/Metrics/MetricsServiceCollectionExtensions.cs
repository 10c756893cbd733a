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
        var replica = storage.ReplicaConnectionString is not null;
        services.AddSingleton(provider => new PanelReadContexts(replica
            ? new PooledDbContextFactory<MetricsDbContext>(storage.ReplicaOptions(provider.GetService<ILoggerFactory>()))
            : provider.GetRequiredService<IDbContextFactory<MetricsDbContext>>()));
        AddPanelQueries(services, replica);
        return services;
    }

    /// <summary>
    /// The panels' queries, keyed <see cref="PanelReadContexts.Key"/>: with a replica, the same query classes over
    /// <see cref="PanelReadContexts"/>, each taking its version and its data from there; without one, the primary's
    /// own instances, so one database keeps one cache per question as before.
    /// </summary>
    private static void AddPanelQueries(IServiceCollection services, bool replica)
    {
        const string key = PanelReadContexts.Key;
        void Add<TQuery>(Func<IServiceProvider, PanelReadContexts, TQuery> overReplica)
            where TQuery : class =>
            services.AddKeyedSingleton(key, (provider, _) =>
                replica ? overReplica(provider, provider.GetRequiredService<PanelReadContexts>()) : provider.GetRequiredService<TQuery>());

        Add((_, contexts) => new DataVersionQuery(contexts));
        Add((provider, contexts) => new SeriesQuery(contexts, provider.GetRequiredService<NantongGazetteer>()));
        Add((provider, contexts) => new KpiTrendQuery(provider.GetRequiredKeyedService<SeriesQuery>(key), contexts));
        Add((provider, _) => new DistrictKpiQuery(provider.GetRequiredKeyedService<SeriesQuery>(key), provider.GetRequiredService<NantongGazetteer>()));
        Add((_, contexts) => new ArticleVolumeQuery(contexts));
        Add((provider, contexts) => new FactListQuery(contexts, provider.GetRequiredService<NantongGazetteer>()));
        Add((_, contexts) => new DataSourceQuery(contexts));
        Add((provider, contexts) => new FactExportQuery(contexts, provider.GetRequiredService<NantongGazetteer>()));
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
