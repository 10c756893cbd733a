using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>The app with a known admin password and API key, lockout after 3 wrong passwords for 10 minutes, and a manual clock.</summary>
public class AdminDashboardFactory : DashboardFactory
{
    public const string Password = "测试-admin-2026";
    public const string ApiKey = "test-api-key-0123456789";
    public const int LockoutAttempts = 3;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureDashboard(IWebHostBuilder builder)
    {
        builder.UseSetting("Dashboard:AdminPassword", Password);
        builder.UseSetting("Dashboard:ApiKey", ApiKey);
        builder.UseSetting("Dashboard:LockoutAttempts", LockoutAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Dashboard:LockoutMinutes", "10");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddress>();
        });
    }
}
