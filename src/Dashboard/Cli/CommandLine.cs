using Metrics;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Cli;

/// <summary>Runs a verb (<c>extract</c>, <c>import</c>, <c>export</c>, <c>bench</c>, <c>unlock</c>) instead of the web app when the first argument names one.</summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, IVerb> Verbs = new IVerb[]
    {
        new ExtractVerb(),
        new ImportVerb(),
        new ExportVerb(),
        new BenchVerb(),
        new UnlockVerb(),
    }.ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    /// <summary>Runs the verb named by <c>args[0]</c>; returns the process exit code.</summary>
    /// <param name="args">The verb and its arguments.</param>
    /// <param name="output">Where results go; the console's standard output when null.</param>
    /// <param name="errors">Where rejected inputs and usage errors go; the console's standard error when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        var verb = Verbs[args[0]];
        VerbArguments arguments;
        try
        {
            arguments = VerbArguments.Parse(args[1..], verb.OptionNames);
        }
        catch (VerbUsageException exception)
        {
            return await UsageErrorAsync(verb, exception, errors);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. arguments.ConfigurationArguments],
            ContentRootPath = ContentRoot.Choose(arguments.ConfigurationArguments, Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
                ?? Directory.GetCurrentDirectory(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMetrics(builder.Configuration);
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddPanels(builder.Configuration);
        using var host = builder.Build();
        try
        {
            return await verb.RunAsync(arguments, host.Services, output, errors);
        }
        catch (VerbUsageException exception)
        {
            return await UsageErrorAsync(verb, exception, errors);
        }
    }

    private static async Task<int> UsageErrorAsync(IVerb verb, VerbUsageException exception, TextWriter errors)
    {
        await errors.WriteLineAsync($"{verb.Name}: {exception.Message}");
        await errors.WriteLineAsync($"usage: {verb.Usage}");
        return 2;
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
