using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Dashboard.Cli.Bench;

/// <summary>What the figures were measured on.</summary>
/// <param name="ProcessorCount">Logical cores the process may use.</param>
/// <param name="OperatingSystem">E.g. <c>Debian GNU/Linux 12 (bookworm) (Unix 6.1.0, X64)</c>.</param>
/// <param name="Runtime">E.g. <c>.NET 10.0.1</c>.</param>
/// <param name="ServerGc">True with the server garbage collector (the web SDK's default).</param>
/// <param name="Optimized">False in a Debug build, whose figures mean little.</param>
/// <param name="LoadAverage">The one-minute load average (Linux), or null: other work on the machine takes cores from the run.</param>
internal sealed record MachineInfo(int ProcessorCount, string OperatingSystem, string Runtime, bool ServerGc, bool Optimized, double? LoadAverage)
{
    /// <summary>This machine and process, with the load as it is now.</summary>
    public static MachineInfo Now() => new(
        Environment.ProcessorCount,
        OperatingSystemName(),
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC,
        typeof(MachineInfo).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true,
        OneMinuteLoad());

    private static double? OneMinuteLoad()
    {
        const string loadAverage = "/proc/loadavg";
        try
        {
            return File.Exists(loadAverage)
                && double.TryParse(File.ReadAllText(loadAverage).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
                ? load
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // On Linux OSDescription names the distribution; OSVersion adds the kernel.
    private static string OperatingSystemName() =>
        $"{RuntimeInformation.OSDescription} ({Environment.OSVersion.VersionString}, {RuntimeInformation.OSArchitecture})";
}
