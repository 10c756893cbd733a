using System.Text.RegularExpressions;

namespace Dashboard.Tests.Docs;

/// <summary>
/// Every relative link in the README, the changelog and <c>docs/*.md</c> leads to a file or folder of
/// the repository, and every <c>#anchor</c> to a heading of the page it names (as GitHub makes
/// anchors from headings), so moving a doc, a screenshot or a section cannot leave a dead link.
/// Links inside code are not links; links with a scheme (https:, mailto:) are not checked.
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

        var missing = RelativeLinks(path)
            .Where(link => !File.Exists(link.Target) && !Directory.Exists(link.Target))
            .Select(link => link.Text)
            .ToList();

        Assert.True(missing.Count == 0, $"{document} links to what does not exist: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryAnchorNamesAHeadingOfItsPage(string document)
    {
        var path = Path.Combine(RepositoryPaths.Root, document);

        var missing = RelativeLinks(path)
            .Where(link => link.Anchor.Length > 0 && link.Target.EndsWith(".md", StringComparison.Ordinal) && File.Exists(link.Target))
            .Where(link => !Anchors(File.ReadAllText(link.Target)).Contains(link.Anchor))
            .Select(link => link.Text)
            .ToList();

        Assert.True(missing.Count == 0, $"{document} links to headings that do not exist: {string.Join(", ", missing)}");
    }

    private static IEnumerable<(string Text, string Target, string Anchor)> RelativeLinks(string document)
    {
        var folder = Path.GetDirectoryName(document)!;
        var prose = InlineCode().Replace(FencedCode().Replace(File.ReadAllText(document), ""), "");
        foreach (var text in Link().Matches(prose).Select(match => match.Groups["target"].Value).Where(t => !Scheme().IsMatch(t)))
        {
            var file = text.Split('#')[0];
            var anchor = text.Contains('#') ? Uri.UnescapeDataString(text[(text.IndexOf('#') + 1)..]) : "";
            yield return (text, file.Length == 0 ? document : Path.GetFullPath(Uri.UnescapeDataString(file), folder), anchor);
        }
    }

    /// <summary>GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Heading().Matches(FencedCode().Replace(markdown, "")).Select(match => match.Groups["text"].Value))
        {
            var slug = string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
            for (var n = 0; !anchors.Add(n == 0 ? slug : $"{slug}-{n}"); n++)
            {
            }
        }

        return anchors;
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

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.+?)[ \t]*#*[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
