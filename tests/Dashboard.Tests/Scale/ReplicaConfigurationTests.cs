using Metrics;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Scale;

/// <summary><c>ConnectionStrings:MetricsReplica</c>: read on PostgreSQL, refused beside SQLite, and read-only.</summary>
public sealed class ReplicaConfigurationTests
{
    private const string Primary = "Host=primary.test;Database=dashboard;Username=dashboard";
    private const string Replica = "Host=standby.test;Database=dashboard;Username=reader";

    [Fact]
    public void OnPostgreSqlTheReplicaIsReadBesideThePrimary()
    {
        var storage = MetricsStorage.FromConfiguration(Configuration(("Dashboard:Database", "PostgreSQL"), ("ConnectionStrings:Metrics", Primary), ("ConnectionStrings:MetricsReplica", Replica)));

        Assert.Equal((Primary, Replica), (storage.ConnectionString, storage.ReplicaConnectionString));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void UnsetOrBlankThereIsNoReplica(string? replica)
    {
        var storage = MetricsStorage.FromConfiguration(Configuration(("Dashboard:Database", "PostgreSQL"), ("ConnectionStrings:Metrics", Primary), ("ConnectionStrings:MetricsReplica", replica)));

        Assert.Null(storage.ReplicaConnectionString);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData(null)]
    public void BesideSqliteAReplicaIsAnErrorThatNamesTheKey(string? provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            MetricsStorage.FromConfiguration(Configuration(("Dashboard:Database", provider), ("ConnectionStrings:MetricsReplica", Replica))));

        Assert.Contains("ConnectionStrings:MetricsReplica", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Database=PostgreSQL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplicaContextRefusesToSaveBeforeItReachesTheServer()
    {
        var storage = new MetricsStorage(DatabaseProvider.PostgreSQL, Primary, Replica);
        await using var context = new MetricsDbContext(storage.ReplicaOptions());
        context.SignInThrottles.Add(new SignInThrottle { Source = "127.0.0.1", Failures = 1 });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        Assert.Throws<InvalidOperationException>(() => context.SaveChanges());

        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:MetricsReplica", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAReplicaThePanelsAskThePrimarysOwnQueriesAndWithOneTheirOwn()
    {
        using var primaryOnly = new ServiceCollection()
            .AddMetrics(Configuration(("Dashboard:Database", "PostgreSQL"), ("ConnectionStrings:Metrics", Primary)))
            .BuildServiceProvider();
        using var withReplica = new ServiceCollection()
            .AddMetrics(Configuration(("Dashboard:Database", "PostgreSQL"), ("ConnectionStrings:Metrics", Primary), ("ConnectionStrings:MetricsReplica", Replica)))
            .BuildServiceProvider();

        Assert.Same(primaryOnly.GetRequiredService<SeriesQuery>(), primaryOnly.GetRequiredKeyedService<SeriesQuery>(PanelReadContexts.Key));
        Assert.Same(primaryOnly.GetRequiredService<DataVersionQuery>(), primaryOnly.GetRequiredKeyedService<DataVersionQuery>(PanelReadContexts.Key));
        Assert.NotSame(withReplica.GetRequiredService<SeriesQuery>(), withReplica.GetRequiredKeyedService<SeriesQuery>(PanelReadContexts.Key));
        Assert.NotSame(withReplica.GetRequiredService<DataVersionQuery>(), withReplica.GetRequiredKeyedService<DataVersionQuery>(PanelReadContexts.Key));
        using var context = withReplica.GetRequiredService<PanelReadContexts>().CreateDbContext();
        Assert.Contains("standby.test", context.Database.GetConnectionString(), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
