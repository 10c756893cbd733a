using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Cli;

/// <summary><c>export</c>: the HTTP panel endpoints' files, written by a script.</summary>
public sealed class ExportVerbTests : IClassFixture<DashboardFactory>
{
    private readonly DashboardFactory factory;

    public ExportVerbTests(DashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task WritesTheSameCsvAsTheEndpoint()
    {
        using var client = factory.CreateClient();
        var served = await client.GetByteArrayAsync("/panels/investment.csv?district=通州区&district=海门区&interval=quarter");
        using var folder = new TempFolder();
        var path = folder.PathOf("out/investment.csv");

        var run = await CliRun.RunAsync([
            "export", "investment.csv", "--out", path, "--district", "通州区,海门区", "--interval", "quarter",
            .. factory.DatabaseArguments]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(served), Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task WritesAPngOfTheAskedSize()
    {
        using var client = factory.CreateClient();
        _ = await client.GetAsync("/healthz");
        using var folder = new TempFolder();
        var path = folder.PathOf("chart.png");

        var run = await CliRun.RunAsync([
            "export", "projects.png", "--out", path, "--width", "500", "--height", "250", "--scale", "2",
            .. factory.DatabaseArguments]);

        Assert.Equal(0, run.ExitCode);
        using var bitmap = Charts.Pixels.Decode(await File.ReadAllBytesAsync(path));
        Assert.Equal((1000, 500), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("--scale", "9", "--scale")]
    [InlineData("--rows", "everything", "--rows")]
    [InlineData("--district", "北京市", "--district")]
    public async Task ABadOptionIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var run = await CliRun.RunAsync("export", "projects.csv", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"export: {named}:", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPanelIsAUsageError()
    {
        var run = await CliRun.RunAsync("export", "profits.pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("profits.pdf", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
