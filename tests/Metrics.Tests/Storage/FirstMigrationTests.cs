using Metrics.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Metrics.Tests.Storage;

/// <summary>
/// The first start on a new PostgreSQL database logs no error: EF Core used to read its migrations
/// history before making the table, and logged that read as a failed command (a "fail:" line an
/// operator would take for a broken install).
/// </summary>
public sealed class FirstMigrationTests
{
    [PostgresFact]
    public async Task MigratingANewPostgreSqlDatabaseLogsNoError()
    {
        var connectionString = PostgresServer.Instance.CreateEmptyDatabase();
        try
        {
            var logged = new List<string>();
            using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(new ListLogger(logged)).SetMinimumLevel(LogLevel.Warning));
            var options = new DbContextOptionsBuilder<MetricsDbContext>(new MetricsStorage(DatabaseProvider.PostgreSQL, connectionString).Options())
                .UseLoggerFactory(loggerFactory)
                .Options;

            await new MetricsDatabase(new PooledDbContextFactory<MetricsDbContext>(options)).MigrateAsync();

            Assert.DoesNotContain(logged, line => line.StartsWith(nameof(LogLevel.Error), StringComparison.Ordinal));
            await using var context = new MetricsDbContext(options);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            PostgresServer.Instance.Drop(connectionString);
        }
    }

    private sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add($"{logLevel} {formatter(state, exception)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
