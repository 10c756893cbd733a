using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Support;

/// <summary>
/// The test server gives every request the same (no) client address; this startup filter sets it
/// from the <see cref="Header"/> a test sends, so that tests can be several visitors at once.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client of <paramref name="factory"/> whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient ClientFrom(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
