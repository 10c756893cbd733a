using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Budgets;

/// <summary>
/// Issue 18, finding 7: a body over Kestrel's 30 MB limit to <c>POST /api/articles</c> is 413 with a
/// problem body, not 500. Through Kestrel itself (the test server has no body limit).
/// </summary>
public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task ABodyOverThirtyMegabytesIs413WithAProblemBody()
    {
        using var factory = new AdminDashboardFactory();
        factory.UseKestrel(0);
        using var kestrelClient = factory.CreateClient();
        // The client waits for the server's answer before it sends the body; on a loaded machine the default
        // second is too short, the body goes out, and the server's 413 closes the connection mid-upload.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) })
        {
            BaseAddress = kestrelClient.BaseAddress,
        };
        var text = new string('南', 11 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-Api-Key", AdminDashboardFactory.ApiKey);
        // As curl sends a large body: the server can answer before the body is sent (else it closes mid-upload).
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }
}
