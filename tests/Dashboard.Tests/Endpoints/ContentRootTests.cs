namespace Dashboard.Tests.Endpoints;

/// <summary>Started from another folder (the repository root), the app still reads its own appsettings.json.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly TempFolder working = new();
    private readonly TempFolder app = new();

    public ContentRootTests() => app.Write("appsettings.json", "{}");

    [Fact]
    public void FromAFolderWithoutSettingsTheAppDirectoryIsTheContentRoot()
    {
        Assert.Equal(app.Root, ContentRoot.Choose([], working.Root, app.Root));
    }

    [Fact]
    public void FromTheRepositoryRootTheBuiltAppReadsItsOwnSettings()
    {
        var built = Path.Combine(RepositoryPaths.Root, "src", "Dashboard", "bin", "Release", "net10.0");

        var chosen = ContentRoot.Choose([], RepositoryPaths.Root, built);

        Assert.Equal(built, chosen);
        Assert.True(File.Exists(Path.Combine(chosen!, "appsettings.json")));
    }

    [Fact]
    public void SettingsInTheWorkingDirectoryOrANamedContentRootAreKept()
    {
        working.Write("appsettings.json", "{}");

        Assert.Null(ContentRoot.Choose([], working.Root, app.Root));
        Assert.Null(ContentRoot.Choose(["--contentRoot=/srv/dashboard"], app.Root + "-elsewhere", app.Root));
    }

    public void Dispose()
    {
        working.Dispose();
        app.Dispose();
    }
}
