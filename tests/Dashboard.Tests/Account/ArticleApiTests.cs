using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Account;

public sealed class ArticleApiTests : IClassFixture<AdminDashboardFactory>
{
    private const string Launch =
        "2月11日上午,通州区一季度重大产业项目集中开工仪式在康源电路项目现场举行。此次集中开工的产业项目共16个,总投资83.2亿元。";

    private readonly AdminDashboardFactory factory;

    public ArticleApiTests(AdminDashboardFactory factory) => this.factory = factory;

    [Fact]
    public async Task WithoutTheKeyOrWithAWrongOneThePostIsRefused()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var none = await client.PostAsJsonAsync("/api/articles", new { text = Launch });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { text = Launch }) };
        request.Headers.Add("X-Api-Key", "not-the-key");
        using var wrong = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task AnArticleWithoutAPublicationDateIs201WithAChineseWarning()
    {
        var client = KeyedClient();

        using var response = await client.PostAsJsonAsync("/api/articles", new { text = "11日上午，通州区一季度重大产业项目集中开工仪式举行（无日期测试）。此次集中开工的产业项目共16个，总投资83.2亿元。" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(body.RootElement.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.Matches(@"^未找到发布日期：其中 \d+ 条事实无法归入任何时段$", warning);
    }

    [Fact]
    public async Task ANewArticleIs201WithItsFactsAndTheSameTextAgainIs200()
    {
        var client = KeyedClient();
        var body = new { text = Launch + "（接口测试）", title = "通州区集中开工", published = "2023-02-12", publisher = "南通日报", url = "http://example.test/a/1" };

        using var first = await client.PostAsJsonAsync("/api/articles", body);
        using var again = await client.PostAsJsonAsync("/api/articles", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var repeated = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();
        Assert.Equal(id, repeated.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(("added", "unchanged"), (created.RootElement.GetProperty("outcome").GetString(), repeated.RootElement.GetProperty("outcome").GetString()));
        Assert.Empty(created.RootElement.GetProperty("warnings").EnumerateArray());
        var fact = Assert.Single(created.RootElement.GetProperty("facts").EnumerateArray());
        Assert.Equal(("通州区", "2023-02-11", 16, 8_320_000_000L),
            (fact.GetProperty("district").GetString(), fact.GetProperty("date").GetString(), fact.GetProperty("projectCount").GetInt32(), fact.GetProperty("investmentYuan").GetInt64()));
        Assert.Equal(repeated.RootElement.GetProperty("facts").GetRawText(), created.RootElement.GetProperty("facts").GetRawText());
    }

    [Theory]
    [InlineData("{\"text\": ", "body")]
    [InlineData("{\"title\": \"无正文\"}", "text")]
    [InlineData("{\"text\": \"通州区召开会议。\", \"published\": \"2023/02/12\"}", "published")]
    [InlineData("{\"text\": \"通州区召开会议。\", \"url\": \"not a url\"}", "url")]
    [InlineData("{\"text\": \"通州区召开会议。\", \"format\": \"docx\"}", "format")]
    public async Task MalformedInputIs400NamingTheParameter(string json, string parameter)
    {
        var client = KeyedClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/articles", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AnErrorPageAtAKnownUrlIs202HeldKeepsTheArticleAndWaitsInTheReviewQueue()
    {
        var client = KeyedClient();
        var url = "http://example.test/a/held";
        using var first = await client.PostAsJsonAsync("/api/articles", new { text = Launch + "（暂缓测试）", published = "2023-02-12", url });
        using var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetInt32();

        using var errorPage = await client.PostAsJsonAsync("/api/articles", new { text = "404 Not Found\n\nnginx", url });
        var admin = ClientAddress.ClientFrom(factory, "10.2.0.1");
        await SignIn.PostAsync(admin, AdminDashboardFactory.Password);
        var review = await admin.GetStringAsync("/review");
        var article = await admin.GetStringAsync($"/articles/{id}");

        Assert.Equal(HttpStatusCode.Accepted, errorPage.StatusCode);
        using var held = JsonDocument.Parse(await errorPage.Content.ReadAsStringAsync());
        Assert.Equal((id, "held"), (held.RootElement.GetProperty("id").GetInt32(), held.RootElement.GetProperty("outcome").GetString()));
        Assert.Equal(created.RootElement.GetProperty("facts").GetRawText(), held.RootElement.GetProperty("facts").GetRawText());
        Assert.Equal("error-page: 404 Not Found", held.RootElement.GetProperty("held").GetProperty("reason").GetString());
        var versionId = held.RootElement.GetProperty("held").GetProperty("versionId").GetInt32();
        Assert.Contains($"data-held-version=\"{versionId}\"", review, StringComparison.Ordinal);
        Assert.Contains("康源电路", WebUtility.HtmlDecode(article), StringComparison.Ordinal);
        Assert.Contains("data-article=\"versions\"", article, StringComparison.Ordinal);
    }

    private HttpClient KeyedClient()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminDashboardFactory.ApiKey);
        return client;
    }
}
