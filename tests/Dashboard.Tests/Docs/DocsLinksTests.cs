using System.Text.RegularExpressions;

namespace Dashboard.Tests.Docs;

/// <summary>
/// Every relative link in the README, the changelog and <c>docs/*.md</c> leads to a file or folder of
/// the repository, so moving or renaming a doc or a screenshot cannot leave a dead link behind.
/// Links inside code are not links; links with a scheme (https:, mailto:) and anchors within the
/// same page are not checked.
/// </summary>
public sealed partial class DocsLinksTests
{
    public static TheoryData<string> Documents() =>
    [
        "README.md",
        "CHANGELOG.md",
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLinkLeadsToAFile(string document)
    {
        var path = Path.Combine(RepositoryPaths.Root, document);
        var folder = Path.GetDirectoryName(path)!;

        var missing = RelativeLinks(File.ReadAllText(path))
            .Where(target => !File.Exists(Path.GetFullPath(target, folder)) && !Directory.Exists(Path.GetFullPath(target, folder)))
            .ToList();

        Assert.True(missing.Count == 0, $"{document} links to what does not exist: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, ""), "");
        return Link().Matches(prose)
            .Select(match => match.Groups["target"].Value)
            .Where(target => !Scheme().IsMatch(target) && !target.StartsWith('#'))
            .Select(target => Uri.UnescapeDataString(target.Split('#')[0]));
    }

    [GeneratedRegex(@"^\s*```.*?^\s*```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    // [text](target) and ![alt](target); the target ends at the first space (a title may follow) or ')'.
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();
}
