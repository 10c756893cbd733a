using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class DistrictHistoryTests
{
    [Theory]
    [InlineData("港闸区", "2020-07-27", "港闸区")]
    [InlineData("港闸区", "2020-07-28", "崇川区")]
    [InlineData("港闸区", null, "港闸区")]
    [InlineData("崇川区", "2019-05-01", "崇川区")]
    [InlineData("海门市", "2019-05-01", "海门区")]
    [InlineData("海门市", "2021-05-01", "海门区")]
    [InlineData("海门区", "2019-05-01", "海门区")]
    [InlineData("海门市", null, "海门区")]
    [InlineData("海安县", "2017-05-01", "海安市")]
    [InlineData("海安市", "2017-05-01", "海安市")]
    public void CountyNamesResolveToTheGoldNameOfTheirDate(string name, string? date, string district) =>
        Assert.Equal(district, Nantong.ResolveName(name, OptionalDate(date)));

    [Theory]
    [InlineData("2020-07-27", "320602")]
    [InlineData("2020-07-28", "320613")]
    public void ChongchuanHasItsOldCodeUntilTheMergerAndTheNewOneAfter(string date, string code) =>
        Assert.Equal(code, Nantong.Resolve("崇川区", Date(date))!.Unit.Code);

    [Theory]
    [InlineData("2019-12-01", "320684", "海门区")]
    [InlineData("2021-12-01", "320614", "海门区")]
    public void HaimenKeepsOneSeriesAcrossTheCodeChange(string date, string code, string district)
    {
        var place = Nantong.Resolve("海门", Date(date))!;

        Assert.Equal(code, place.DistrictUnit.Code);
        Assert.Equal(district, place.District);
    }

    [Fact]
    public void GangzhaTownsMoveToChongchuanOnTheMergerDay()
    {
        Assert.Equal("港闸区", Nantong.ResolveName("唐闸镇街道", Date("2020-07-27")));
        Assert.Equal("崇川区", Nantong.ResolveName("唐闸镇街道", Date("2020-07-28")));
    }

    [Fact]
    public void AQualifierPicksTheTownUnderItWhenTheDateIsUnknown()
    {
        Assert.Equal("港闸区", Nantong.ResolveName("港闸区幸福街道", null));
        Assert.Equal("崇川区", Nantong.ResolveName("幸福街道", null));
    }

    [Fact]
    public void AllDistrictsAreTheThirteenNamesOfTheGoldSchema()
    {
        string[] schema =
        [
            "崇川区", "港闸区", "通州区", "海门区", "海安市", "如皋市", "如东县", "启东市",
            "南通经济技术开发区", "通州湾示范区", "苏锡通科技产业园区", "南通创新区", "南通市",
        ];

        Assert.Equal(schema.Order(StringComparer.Ordinal), Nantong.AllDistricts.Order(StringComparer.Ordinal));
        Assert.Equal("南通市", Nantong.AllDistricts[0]);
    }

    [Theory]
    [InlineData("港闸区", "崇川区")]
    [InlineData("崇川区", "崇川区")]
    [InlineData("海门区", "海门区")]
    [InlineData("南通创新区", "南通创新区")]
    [InlineData("港闸", "崇川区")]
    [InlineData("海门市", "海门区")]
    [InlineData("北京", "北京")]
    public void CurrentNameRollsGangzhaIntoChongchuan(string district, string current) =>
        Assert.Equal(current, Nantong.CurrentName(district));

    [Fact]
    public void GangzhaDistrictRecordEndsOnTheDayBeforeTheMerger()
    {
        var gangzha = Nantong.FindDistrict("港闸区")!;

        Assert.Equal(Date("2020-07-27"), gangzha.Until);
        Assert.Equal("崇川区", gangzha.CurrentName);
        Assert.Equal(DistrictKind.County, gangzha.Kind);
    }

    [Fact]
    public void HaimenDistrictRecordHoldsBothCodes()
    {
        var haimen = Nantong.FindDistrict("海门区")!;

        Assert.Equal(["320614", "320684"], haimen.Codes);
        Assert.Null(haimen.Until);
    }

    [Fact]
    public void FunctionalUnitsAreDistrictsWithPseudoCodes()
    {
        var zones = Nantong.Districts.Where(d => d.Kind == DistrictKind.FunctionalZone).ToDictionary(d => d.Name, d => d.Code);

        Assert.Equal("320671", zones["南通经济技术开发区"]);
        Assert.Equal("32069001", zones["通州湾示范区"]);
        Assert.Equal("32069002", zones["苏锡通科技产业园区"]);
        Assert.Equal("32069003", zones["南通创新区"]);
    }
}
