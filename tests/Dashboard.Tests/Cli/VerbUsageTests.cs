namespace Dashboard.Tests.Cli;

/// <summary>Verbs called wrongly exit with code 2 and say how to call them.</summary>
public sealed class VerbUsageTests
{
    [Fact]
    public async Task ExtractWithoutAPathIsAUsageError()
    {
        var run = await CliRun.RunAsync("extract");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(["extract: no PATH given", "usage: extract PATH... [--published YYYY-MM-DD]"], run.ErrorLines);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--publshed=2023-03-01")]
    public async Task UnknownOptionIsAUsageError(string option)
    {
        var run = await CliRun.RunAsync("extract", "seed", option);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"extract: unknown option {option}", run.ErrorLines[0]);
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("yesterday")]
    public async Task PublishedThatIsNotAnIsoDateIsAUsageError(string published)
    {
        var run = await CliRun.RunAsync("extract", "seed", "--published", published);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("--published must be a date as YYYY-MM-DD", run.ErrorLines[0]);
    }

    [Fact]
    public async Task OptionWithoutItsValueIsAUsageError()
    {
        var run = await CliRun.RunAsync("extract", "seed", "--published");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("extract: option --published needs a value", run.ErrorLines[0]);
    }
}
