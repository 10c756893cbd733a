using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dashboard.E2E.Support;

/// <summary>
/// A second, tiny Kestrel host on another port and host name (<c>http://localhost:PORT</c>, the
/// dashboard is on 127.0.0.1): "someone else's intranet page" that frames the dashboard.
/// </summary>
public sealed class ForeignSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private ForeignSite(WebApplication app, int port)
    {
        this.app = app;
        Origin = $"http://localhost:{port}";
    }

    /// <summary><c>http://localhost:PORT</c>.</summary>
    public string Origin { get; }

    /// <summary>Pages by path; set before the browser asks.</summary>
    public Dictionary<string, string> Pages { get; } = new(StringComparer.Ordinal);

    public static async Task<ForeignSite> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        ForeignSite? site = null;
        app.MapGet("/{page}", (string page) => site!.Pages.TryGetValue(page, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        site = new ForeignSite(app, port);
        await app.StartAsync();
        return site;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
