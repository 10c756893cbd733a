using Dashboard.Presentation.Charts;
using Dashboard.Presentation.Panels;
using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Metrics.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Cli;

/// <summary>
/// <c>export METRIC.FORMAT [--out FILE] [--district 通州区,海门区] [--from ...] ...</c>: writes a
/// panel's chart or figures to a file, with the options of <c>/panels/{metric}.{format}</c>
/// (districts comma-separated instead of repeated).
/// </summary>
internal sealed class ExportVerb : IVerb
{
    private static readonly string[] PanelOptions =
        ["district", "from", "to", "interval", "stage", "kind", "width", "height", "scale", "theme", "rows", "boundaries", "lang"];

    public string Name => "export";

    public string Usage =>
        "export projects|investment|meetings.png|svg|csv|xlsx [--out FILE] [--district 通州区,海门区] [--from YYYY-MM-DD] [--to YYYY-MM-DD] " +
        "[--interval year|quarter|month] [--stage signed|started|completed|production|opened] [--kind KIND] [--boundaries historical|current] " +
        "[--rows figures|facts] [--width 1200] [--height 600] [--scale 1-4] [--theme light|dark] [--lang zh|en]";

    public IReadOnlySet<string> OptionNames { get; } = new HashSet<string>([.. PanelOptions, "out"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(VerbArguments arguments, IServiceProvider services, TextWriter output, TextWriter errors)
    {
        if (arguments.Paths is not [var file])
        {
            throw new VerbUsageException("name one panel, e.g. investment.xlsx");
        }

        PanelRequest request;
        PanelFormat format;
        try
        {
            (var metric, format) = PanelRequest.SplitFileName(file);
            request = PanelRequest.Read(metric, Query(arguments), services.GetRequiredService<NantongGazetteer>());
        }
        catch (ApiParameterException problem)
        {
            var what = problem.Parameter is "metric" or "format" ? file : $"--{problem.Parameter}";
            throw new VerbUsageException($"{what}: {problem.Message}");
        }

        // As at the app's start: the exporter is built with the font for every format (an SVG embeds its glyphs).
        ChartFonts.EnsureRegistered(AppContext.BaseDirectory);

        await services.GetRequiredService<MetricsDatabase>().MigrateAsync();
        var exporter = services.GetRequiredService<PanelExporter>();
        var path = Path.GetFullPath(arguments.Options.GetValueOrDefault("out") ?? exporter.FileName(request, format));
        if (Path.GetDirectoryName(path) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using (var stream = File.Create(path))
        {
            await exporter.WriteAsync(request, format, stream);
        }

        await output.WriteLineAsync($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
        return 0;
    }

    private static QueryCollection Query(VerbArguments arguments)
    {
        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var name in PanelOptions)
        {
            if (arguments.Options.TryGetValue(name, out var value))
            {
                query[name] = name == "district"
                    ? new StringValues(value.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    : value;
            }
        }

        return new QueryCollection(query);
    }
}
