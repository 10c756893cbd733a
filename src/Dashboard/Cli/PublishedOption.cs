using System.Globalization;

namespace Dashboard.Cli;

/// <summary>The <c>--published YYYY-MM-DD</c> anchor shared by the verbs.</summary>
internal static class PublishedOption
{
    public static DateOnly? Read(VerbArguments arguments)
    {
        if (!arguments.Options.TryGetValue("published", out var value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new VerbUsageException($"--published must be a date as YYYY-MM-DD, not '{value}'");
    }
}
