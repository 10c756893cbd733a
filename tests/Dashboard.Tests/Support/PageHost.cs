using Bunit;
using Dashboard.Presentation.Charts;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Ingest;
using Metrics.Storage;
using Metrics;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Tests.Support;

/// <summary>
/// A bUnit context wired like the app (metrics layer on a fresh SQLite file, or with
/// <c>DASHBOARD_TEST_DATABASE=PostgreSQL</c> a fresh PostgreSQL database; MudBlazor), for
/// rendering pages against real data. Create one per test with <c>await using</c>: a context shared
/// by a test class fails at teardown once MudBlazor's services are in it.
/// </summary>
internal sealed class PageHost : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly bool ownsDatabase;
    private readonly bool postgreSql;

    // A given database (sqlitePath, or a running app's connection string) is its owner's; else the host makes its own.
    private PageHost(string? sqlitePath, string? connectionString, Action<IServiceCollection>? services)
    {
        // As Program does at start-up: pages draw charts with the bundled font.
        Dashboard.Presentation.Charts.ChartFonts.EnsureRegistered();
        ownsDatabase = sqlitePath is null && connectionString is null;
        postgreSql = sqlitePath is null && PostgresServer.Selected;
        if (postgreSql)
        {
            // A new PostgreSQL database's first queries (a new pool, a server process of its own) can take
            // longer than bUnit's 1 s on a busy machine: waits for what a page shows get longer there.
            BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        }

        DatabasePath = sqlitePath ?? folder.PathOf("dashboard.db");
        ConnectionString = connectionString
            ?? (postgreSql ? PostgresServer.Instance.CreateMigratedDatabase() : $"Data Source={DatabasePath}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Dashboard:Database"] = postgreSql ? "PostgreSQL" : "Sqlite",
                ["ConnectionStrings:Metrics"] = ConnectionString,
            })
            .Build();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMetrics(configuration);
        Context.Services.AddMudServices();
        Context.Services.AddSingleton<Dashboard.Presentation.Charts.ChartFrameCache>();
        // Pages show staff-only parts (the overview's review backlog) in AuthorizeView: an anonymous visitor by default.
        Authorization = Context.AddAuthorization();
        services?.Invoke(Context.Services);
    }

    public BunitContext Context { get; } = new();

    /// <summary>Who the pages see: anonymous until a test signs someone in (<c>SetAuthorized</c>, <c>SetRoles</c>).</summary>
    public Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    /// <summary>The SQLite file the pages read: the host's own, or the given app's (not used on PostgreSQL).</summary>
    public string DatabasePath { get; }

    public IDbContextFactory<MetricsDbContext> Database => Context.Services.GetRequiredService<IDbContextFactory<MetricsDbContext>>();

    /// <summary>
    /// Pages on a migrated database: a new empty one, or the database of the running <paramref name="app"/>;
    /// <paramref name="services"/> adds or replaces services before any is resolved.
    /// </summary>
    public static async Task<PageHost> CreateAsync(DashboardFactory? app = null, Action<IServiceCollection>? services = null)
    {
        var host = new PageHost(app?.DatabasePath is { } path && !PostgresServer.Selected ? path : null, app?.ConnectionString, services);
        await host.Context.Services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        return host;
    }

    /// <summary>Pages on the SQLite file at <paramref name="databasePath"/> (another process's, for a test of SQLite's pool).</summary>
    public static async Task<PageHost> CreateOnSqliteFileAsync(string databasePath)
    {
        var host = new PageHost(databasePath, $"Data Source={databasePath}", null);
        await host.Context.Services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        return host;
    }

    /// <summary>Points the app's address at <paramref name="relativeUri"/> (path and query), as a followed link would.</summary>
    public void NavigateTo(string relativeUri) => Context.Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    /// <summary>Where the page sent the browser last, path and query, decoded.</summary>
    public string CurrentUri
    {
        get
        {
            var navigation = Context.Services.GetRequiredService<NavigationManager>();
            return Uri.UnescapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri));
        }
    }

    /// <summary>An article reporting <paramref name="facts"/>, stored as the importer would.</summary>
    public async Task<Article> AddArticleAsync(string title, DateOnly? published, string? publisher, params Fact[] facts)
    {
        await using var context = await Database.CreateDbContextAsync();
        var text = $"{title}\n正文。";
        var article = new Article
        {
            SourceName = $"test-{Guid.NewGuid():N}",
            Title = title,
            Publisher = publisher,
            Published = published,
            PublishedSource = nameof(PublishedDateSource.Sidecar),
            ContentHash = ContentHash.Compute(text + Guid.NewGuid()),
            Text = text,
        };
        context.Articles.Add(article);
        foreach (var fact in facts)
        {
            fact.Mentions.Add(new FactMention { Article = article, Evidence = $"{title}。", EvidenceLength = title.Length + 1, ExtractedJson = "{}", Signature = Guid.NewGuid().ToString("N") });
            context.Facts.Add(fact);
        }

        await context.SaveChangesAsync();
        return article;
    }

    /// <summary>A meeting fact dated <paramref name="date"/> at its own precision.</summary>
    public static Fact Meeting(string district, string date, MeetingKind kind = MeetingKind.StandingCommittee, FactStatus status = FactStatus.Extracted) =>
        Dated(new Fact { District = district, Type = FactType.Meeting, Kind = kind, Status = status }, date);

    /// <summary>A project event (<c>scope = event</c>) dated <paramref name="date"/>.</summary>
    public static Fact Project(string district, string date, ProjectStage stage, int? count, long? yuan = null, bool lowerBound = false) =>
        Dated(new Fact
        {
            District = district,
            Type = FactType.ProjectEvent,
            Stage = stage,
            Scope = FactScope.Event,
            ProjectCount = count,
            InvestmentYuan = yuan,
            Qualifier = yuan is null ? null : lowerBound ? AmountQualifier.AtLeast : AmountQualifier.Exact,
            Status = FactStatus.Extracted,
        }, date);

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        // Only a database of its own: a given one (a running app's) is its owner's to close, and
        // other test classes' apps are serving in this process (SqlitePool).
        if (ownsDatabase && postgreSql)
        {
            PostgresServer.Instance.Drop(ConnectionString);
        }
        else if (ownsDatabase)
        {
            SqlitePool.Release(ConnectionString);
        }

        try
        {
            folder.Dispose();
        }
        catch (IOException)
        {
            // A file still held open on teardown must not fail the test.
        }
    }

    private string ConnectionString { get; }

    private static Fact Dated(Fact fact, string date)
    {
        FactRecords.SetDate(fact, date);
        FactRecords.SetCountedValues(fact);
        return fact;
    }
}
