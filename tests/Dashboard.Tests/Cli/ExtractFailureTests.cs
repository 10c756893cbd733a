using System.Text.Json;
using Dashboard.Cli;
using Metrics.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Cli;

/// <summary>An article the extractor throws on is a bad input like any other, not the end of the run.</summary>
public sealed class ExtractFailureTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ExtractorExceptionIsReportedForItsFileAndTheOtherArticlesAreStillExtracted()
    {
        var tripping = folder.Write("a-tripping.txt", SampleArticles.SigningYesterday);
        folder.Write("b-fine.txt", SampleArticles.GroundBreaking);
        var verb = new ExtractVerb(input => input.Text.Contains("海门", StringComparison.Ordinal)
            ? throw new InvalidOperationException("rule tripped\non two lines")
            : FactExtractor.Extract(input));
        using var services = new ServiceCollection().AddOptions().Configure<DashboardOptions>(_ => { }).BuildServiceProvider();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await verb.RunAsync(VerbArguments.Parse([folder.Root], verb.OptionNames), services, output, errors);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"{tripping}: extraction failed (InvalidOperationException: rule tripped on two lines)" + Environment.NewLine,
            errors.ToString());
        using var line = JsonDocument.Parse(output.ToString());
        Assert.Equal("b-fine", line.RootElement.GetProperty("id").GetString());
    }
}
