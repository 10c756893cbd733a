using Dashboard.Cli;

namespace Dashboard.Tests.Cli;

/// <summary>What a verb run in-process printed and returned.</summary>
/// <param name="ExitCode">0 ok, 1 some input rejected, 2 usage error.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Errors">Standard error.</param>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => Lines(Output);

    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Errors);

    /// <summary>Runs <c>Dashboard.dll args...</c> in this process, with its output captured.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        Assert.True(CommandLine.IsVerb(args), $"'{string.Join(' ', args)}' does not start with a verb");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, output, errors);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
