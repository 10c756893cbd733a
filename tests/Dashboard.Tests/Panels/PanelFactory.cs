using Dashboard.Embedding;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Panels;

/// <summary>The seeded app with embedding configured: a signing key and one allowed origin; optionally viewing behind sign-in.</summary>
internal static class PanelFactory
{
    public const string SigningKey = "test-signing-key-不要用于生产";
    public const string AllowedOrigin = "https://intranet.example.cn";

    public static WebApplicationFactory<Program> WithEmbedding(this DashboardFactory factory, bool requireLogin = false) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Dashboard:EmbedSigningKey", SigningKey);
            builder.UseSetting("Dashboard:EmbedAllowedOrigins", AllowedOrigin);
            builder.UseSetting("Dashboard:RequireLoginForViewing", requireLogin ? "true" : "false");
        });

    /// <summary>Signs like the app does, with the same key.</summary>
    public static string Sign(string pathAndQuery, DateTimeOffset expires) =>
        new SignedLinks(SigningKey, TimeProvider.System).Sign(pathAndQuery, expires);
}
