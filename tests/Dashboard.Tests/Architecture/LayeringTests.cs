using System.Text.RegularExpressions;
using TestSupport;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// The web app's folders depend one way: pages (Components), HTTP handlers (Endpoints) and verbs
/// (Cli) stand on Presentation, and none of them on another. Read from the source's using lines and
/// fully qualified names, so a new file that reaches across fails here.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>What each top-level folder of src/Dashboard must not name.</summary>
    private static readonly Dictionary<string, string[]> Forbidden = new()
    {
        ["Components"] = ["Endpoints", "Cli"],
        ["Endpoints"] = ["Components", "Cli"],
        ["Cli"] = ["Components"],
        ["Presentation"] = ["Components", "Endpoints", "Cli", "Account", "Budgets", "Embedding"],
        ["Embedding"] = ["Components", "Endpoints", "Cli"],
        ["Budgets"] = ["Components", "Endpoints", "Cli"],
        ["Account"] = ["Components", "Endpoints", "Cli", "Presentation"],
    };

    [Fact]
    public void NoFolderOfTheAppNamesALayerItMustNotDependOn()
    {
        var app = Path.Combine(RepositoryPaths.Root, "src", "Dashboard");
        var sources = Directory.EnumerateFiles(app, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(app, path)))
            .Select(path => (Path.GetRelativePath(app, path), File.ReadAllText(path)))
            .ToList();

        Assert.True(sources.Count > 100, $"only {sources.Count} sources found under {app}");
        Assert.Empty(Violations(sources));
    }

    [Theory]
    [InlineData("Components/Pages/X.razor.cs", "using Dashboard.Endpoints;\nnamespace Dashboard.Components.Pages;")]
    [InlineData("Components/Pages/X.razor", "@using Dashboard.Cli\n<p>x</p>")]
    [InlineData("Endpoints/X.cs", "namespace Dashboard.Endpoints;\nclass X { object y = new Dashboard.Components.Pages.Y(); }")]
    [InlineData("Presentation/Charts/X.cs", "using static Dashboard.Budgets.TooBusy;")]
    public void AReachAcrossIsFound(string path, string text) =>
        Assert.Single(Violations([(path, text)]));

    [Theory]
    [InlineData("Components/Pages/X.razor.cs", "using Dashboard.Presentation.Panels;\nusing Dashboard.Account;")]
    [InlineData("Endpoints/X.cs", "using Dashboard.Presentation.Parameters; // not Dashboard.Components")]
    [InlineData("Cli/X.cs", "using Dashboard.Presentation.Charts;")]
    public void ALayerBelowIsAllowed(string path, string text) =>
        Assert.Empty(Violations([(path, text)]));

    /// <summary>Each file that names a forbidden folder's namespace, with the line that does.</summary>
    private static List<string> Violations(IEnumerable<(string Path, string Text)> sources)
    {
        var found = new List<string>();
        foreach (var (path, text) in sources)
        {
            var folder = path.Replace('\\', '/').Split('/')[0];
            if (!Forbidden.TryGetValue(folder, out var forbidden))
            {
                continue;
            }

            foreach (var line in text.Split('\n'))
            {
                var code = LineComment().Replace(line, "");
                foreach (Match name in DashboardNamespace().Matches(code))
                {
                    if (forbidden.Contains(name.Groups[1].Value))
                    {
                        found.Add($"{path}: {line.Trim()}");
                    }
                }
            }
        }

        return found;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [GeneratedRegex(@"\bDashboard\.(\w+)")]
    private static partial Regex DashboardNamespace();

    [GeneratedRegex(@"//.*$")]
    private static partial Regex LineComment();
}
