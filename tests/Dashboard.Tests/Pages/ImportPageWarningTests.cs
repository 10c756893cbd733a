using Bunit;
using Dashboard.Account;
using Dashboard.Components.Pages.Import;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

/// <summary><c>/import</c>: an article stored without a publication date says so on its row and in the summary.</summary>
public sealed class ImportPageWarningTests
{
    [Fact]
    public async Task APastedArticleWithoutAPublicationDateIsImportedWithAChineseWarning()
    {
        await using var host = await PageHost.CreateAsync(services: services =>
        {
            services.AddOptions().Configure<DashboardOptions>(_ => { });
            services.AddSingleton<SignInStamps>();
        });
        host.Authorization.SetAuthorized("staff");
        host.Authorization.SetRoles(AdminRole.Name);
        var page = host.Context.Render<ImportPage>();

        page.Find("textarea").Change("昨日，通州区召开重大项目推进会，12个项目集中签约，总投资56亿元。");
        page.FindAll("button").Single(b => b.TextContent.Contains("导入文本", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Equal("Added", page.Find("tr[data-import-row]").GetAttribute("data-state")));
        Assert.Contains("未找到发布日期", page.Find("tr[data-import-row]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 个有警告", page.Find("[data-import=summary]").TextContent, StringComparison.Ordinal);
    }
}
