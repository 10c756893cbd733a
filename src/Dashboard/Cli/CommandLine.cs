using Metrics;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Cli;

/// <summary>Runs a verb (<c>extract</c>, <c>import</c>...) instead of the web app when the first argument names one.</summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, IVerb> Verbs = new IVerb[]
    {
        new ExtractVerb(),
        new ImportVerb(),
    }.ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = Verbs[args[0]];
        VerbArguments arguments;
        try
        {
            arguments = VerbArguments.Parse(args[1..], verb.OptionNames);
        }
        catch (VerbUsageException exception)
        {
            await Console.Error.WriteLineAsync($"{verb.Name}: {exception.Message}");
            await Console.Error.WriteLineAsync($"usage: {verb.Usage}");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. arguments.ConfigurationArguments],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMetrics(builder.Configuration);
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        using var host = builder.Build();
        try
        {
            return await verb.RunAsync(arguments, host.Services, Console.Out, Console.Error);
        }
        catch (VerbUsageException exception)
        {
            await Console.Error.WriteLineAsync($"{verb.Name}: {exception.Message}");
            await Console.Error.WriteLineAsync($"usage: {verb.Usage}");
            return 2;
        }
    }
}

/// <summary>One command-line verb.</summary>
internal interface IVerb
{
    string Name { get; }

    string Usage { get; }

    /// <summary>The verb's own options; each takes a value.</summary>
    IReadOnlySet<string> OptionNames { get; }

    /// <summary>Runs the verb; returns the process exit code (0 ok, 1 some input rejected, 2 usage).</summary>
    Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors);
}
