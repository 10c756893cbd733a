using System.Text.RegularExpressions;

namespace Dashboard.Tests.Support;

/// <summary>
/// The message a page shows for a bad link parameter is Chinese: it starts 链接参数“name”, says what is
/// wrong, and its only Latin words are the parameter's name and the values it allows (the link's
/// own value, quoted “…”, is shown as given).
/// </summary>
public static partial class ParameterProblemAssert
{
    /// <param name="message">The page's text.</param>
    /// <param name="parameter">The parameter the message must name.</param>
    /// <param name="problem">What the message says is wrong right after the name: 无效, 缺失, 重复出现.</param>
    /// <param name="allowed">The Latin words the message may hold besides the name: the allowed values, separated by spaces.</param>
    public static void IsChinese(string? message, string parameter, string problem, string allowed = "")
    {
        Assert.NotNull(message);
        Assert.StartsWith($"链接参数“{parameter}”{problem}", message, StringComparison.Ordinal);
        var words = LatinWord().Matches(Quoted().Replace(message, "“”")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var permitted = allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(parameter).ToHashSet(StringComparer.Ordinal);
        Assert.True(words.IsSubsetOf(permitted), $"English words {string.Join(", ", words.Except(permitted))} in: {message}");
    }

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex("[A-Za-z][A-Za-z_-]*")]
    private static partial Regex LatinWord();
}
