using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli;

/// <summary>
/// <c>unlock [ADDRESS...]</c>: lets client addresses that typed wrong passwords sign in again at
/// once (all of them when none is named), for an admin who slowed their own address down.
/// </summary>
internal sealed class UnlockVerb : IVerb
{
    public string Name => "unlock";

    public string Usage => "unlock [ADDRESS...] [--ConnectionStrings:Metrics=...]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        await services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        await using var context = await services.GetRequiredService<IDbContextFactory<MetricsDbContext>>().CreateDbContextAsync();
        var throttles = context.SignInThrottles.AsQueryable();
        if (arguments.Paths.Count > 0)
        {
            var addresses = arguments.Paths.ToList();
            throttles = throttles.Where(t => addresses.Contains(t.Source));
        }

        var cleared = await throttles.ExecuteDeleteAsync();
        await output.WriteLineAsync($"unlocked {cleared} client address{(cleared == 1 ? "" : "es")}; they may sign in again now");
        return 0;
    }
}
