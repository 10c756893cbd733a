using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class AliasTests
{
    [Theory]
    [InlineData("南通开发区", "2021-01-01", "南通经济技术开发区")]
    [InlineData("南通经开区", "2021-01-01", "南通经济技术开发区")]
    [InlineData("南通經濟技術開發區", "2021-01-01", "南通经济技术开发区")]
    [InlineData("港闸开发区", "2019-06-01", "港闸区")]
    [InlineData("港闸经济开发区", "2020-05-28", "港闸区")]
    [InlineData("港闸经济开发区", "2021-05-28", "崇川区")]
    [InlineData("南通科学工业园", "2020-06-16", "港闸区")]
    [InlineData("南通科学工业园", "2022-06-16", "崇川区")]
    [InlineData("市北高新区", "2019-06-01", "港闸区")]
    [InlineData("崇川开发区", "2021-04-29", "崇川区")]
    [InlineData("临江新区", "2019-06-01", "海门区")]
    [InlineData("三厂工业园区", "2025-03-01", "海门区")]
    [InlineData("海门港新区", "2023-09-03", "海门区")]
    [InlineData("通州湾", "2021-03-18", "通州湾示范区")]
    [InlineData("通州湾江海联动开发示范区", "2024-04-17", "通州湾示范区")]
    [InlineData("苏锡通", "2024-01-10", "苏锡通科技产业园区")]
    [InlineData("苏锡通园区", "2024-01-10", "苏锡通科技产业园区")]
    [InlineData("南通苏锡通科技产业园区", "2024-01-10", "苏锡通科技产业园区")]
    [InlineData("苏通科技产业园", "2015-01-01", "苏锡通科技产业园区")]
    [InlineData("南通创新区", "2020-05-08", "南通创新区")]
    [InlineData("江苏南通创新区", "2020-05-08", "南通创新区")]
    [InlineData("南通高新区", "2023-02-11", "通州区")]
    [InlineData("吕四港", "2023-12-26", "启东市")]
    [InlineData("吕四港经济开发区", "2025-02-05", "启东市")]
    [InlineData("洋口港经济开发区", "2022-09-13", "如东县")]
    [InlineData("如城", "2020-01-10", "如皋市")]
    [InlineData("南通州", "2025-02-09", "通州区")]
    [InlineData("Nantong", "2024-01-05", "南通市")]
    [InlineData("南通", "2024-01-05", "南通市")]
    public void AliasesResolveToTheirDistrict(string alias, string date, string district) =>
        Assert.Equal(district, Nantong.ResolveName(alias, Date(date)));

    [Theory]
    [InlineData("港闸", "2020-01-15", "港闸区")]
    [InlineData("崇川", "2021-04-29", "崇川区")]
    [InlineData("通州", "2023-02-13", "通州区")]
    [InlineData("海门", "2021-12-31", "海门区")]
    [InlineData("启东", "2023-02-12", "启东市")]
    [InlineData("如皋", "2020-11-26", "如皋市")]
    [InlineData("如东", "2024-11-20", "如东县")]
    [InlineData("海安", "2020-03-10", "海安市")]
    [InlineData("海安", "2017-03-10", "海安市")]
    public void ShortNamesResolveToTheirCounty(string shortName, string date, string district) =>
        Assert.Equal(district, Nantong.ResolveName(shortName, Date(date)));

    [Theory]
    [InlineData("北京")]
    [InlineData("临江市")]
    [InlineData("南通大饭店")]
    [InlineData("不存在的地名")]
    public void NamesOutsideNantongOrUnknownResolveToNothing(string name) =>
        Assert.Null(Nantong.ResolveName(name, Date("2022-01-01")));
}
