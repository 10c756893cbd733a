using System.Globalization;

namespace Metrics.Ingest;

/// <summary>The wording of the size-limit failure, the same for files and posted text.</summary>
internal static class SizeLimit
{
    /// <summary>E.g. <c>file is 52,428,800 bytes, over the 10,485,760-byte limit (Dashboard:MaxArticleBytes)</c>.</summary>
    public static string Reason(string subject, long size, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} is {size:N0} bytes, over the {limit:N0}-byte limit (Dashboard:MaxArticleBytes)");

    /// <summary>When the size is known only to exceed the limit (the file grew while being read).</summary>
    public static string Reason(string subject, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} is over the {limit:N0}-byte limit (Dashboard:MaxArticleBytes)");
}
