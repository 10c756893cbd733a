using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// How a project event with no date of its own is dated, in classes found with probe articles written
/// after real reposts and fair reports (issue 13).
/// </summary>
public sealed class DatingClassTests
{
    [Theory]
    [InlineData("9月19日下午,2019年启东(上海)产业发展合作恳谈会在上海举行。会上,共签约项目32个,总投资156亿元。", "2019-09-20", "2019-09-19")]
    [InlineData("9月19日下午,2019年启东(上海)产业发展合作恳谈会在上海举行。恳谈会上,共签约项目32个,总投资156亿元。", "2019-09-20", "2019-09-19")]
    [InlineData("6月8日,2023年海门区重大项目集中签约仪式举行。仪式上,18个项目集中签约,总投资86亿元。", "2023-06-09", "2023-06-08")]
    public void ASentenceSetAtTheOccasionTakesItsDayNotTheYearInItsName(string text, string published, string day)
    {
        var signing = Assert.Single(Events(text, published));

        Assert.Equal((day, FactScope.Event), (signing.Date, signing.Scope));
    }
}
