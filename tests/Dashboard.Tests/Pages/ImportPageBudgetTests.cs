using Bunit;
using Dashboard.Account;
using Dashboard.Components.Pages.Import;
using Dashboard.Tests.Support;
using Metrics.Extraction.Budget;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Pages;

/// <summary><c>/import</c>: a pasted article over its extraction budget (configured tiny here) is a rejected row with the reason in Chinese.</summary>
public sealed class ImportPageBudgetTests
{
    [Fact]
    public async Task APastedArticleOverItsBudgetIsARejectedRowSayingWhyAndNothingIsStored()
    {
        await using var host = await PageHost.CreateAsync(services: services =>
        {
            services.AddOptions().Configure<DashboardOptions>(_ => { });
            services.AddSingleton(new ExtractionLimits { BaseSteps = 5_000, StepsPerCharacter = 0 });
            services.AddSingleton<SignInStamps>();
        });
        host.Authorization.SetAuthorized("staff");
        host.Authorization.SetRoles(AdminRole.Name);
        var text = string.Concat(Enumerable.Repeat("2023年2月11日，通州区举行重大项目集中开工活动，此次集中开工的产业项目共16个，总投资达83.2亿元。\n", 40));
        var page = host.Context.Render<ImportPage>();

        page.Find("textarea").Change(text);
        page.FindAll("button").Single(b => b.TextContent.Contains("导入文本", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Equal("Rejected", page.Find("tr[data-import-row]").GetAttribute("data-state")));
        Assert.Contains($"抽取超出预算（{text.Length:N0} 个字符，上限 5,000 步），已停止：文章未导入", page.Find("tr[data-import-row]").TextContent, StringComparison.Ordinal);
        await using var context = await host.Database.CreateDbContextAsync();
        Assert.Equal(0, await context.Articles.CountAsync());
    }
}
