using Dashboard.Cli;
using Dashboard.Presentation.Charts;
using Dashboard;
using Metrics;

if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
});
ChartFonts.EnsureRegistered(AppContext.BaseDirectory);
// MudBlazor's css/js come from the package's static web assets, which only Development maps by default.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddMetrics(builder.Configuration);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.MapDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that <c>WebApplicationFactory&lt;Program&gt;</c> can start the app in tests.</summary>
public partial class Program;
