using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

/// <summary>tricky-cases.md table 5d, rows L1–L12 and L18 (and the leader part of L3).</summary>
public class TrickyDistrictCaseTests
{
    [Fact]
    public void L1_DistrictSecretaryWithoutPlaceIsGangzhaBeforeTheMerger()
    {
        var mentions = NantongMentions("区委书记黄卫锋主持召开区委常委会会议", "2020-04-21");

        var leader = Assert.Single(mentions);
        Assert.Equal(MentionSource.Leader, leader.Source);
        Assert.Equal("黄卫锋", leader.Person);
        Assert.Equal("港闸区", leader.District);
        Assert.Equal("320611", leader.DistrictCode);
        var gangzha = Nantong.FindDivision("320611")!;
        Assert.Equal("320613", gangzha.SuccessorCode);
        Assert.Equal("崇川区", Nantong.FindDivision(gangzha.SuccessorCode!)!.Name);
    }

    [Fact]
    public void L2_SamePersonAsMayorIn2017IsQidong()
    {
        var leader = Assert.Single(NantongMentions("…市委副书记、市长黄卫锋…", "2017-08-23"));

        Assert.Equal("启东市", leader.District);
        Assert.Equal("320681", leader.DistrictCode);
    }

    [Fact]
    public void L3_CitySecretaryYuLizhongIsHaian()
    {
        var leader = Assert.Single(NantongMentions("9月28日，市委书记于立忠主持召开十四届市委常委会第7次会议。", "2021-09-28"));

        Assert.Equal("于立忠", leader.Person);
        Assert.Equal("海安市", leader.District);
        Assert.Equal("320685", leader.DistrictCode);
    }

    [Fact]
    public void L4_GangzhaXingfuStreetIsGangzhaIn2019AndChongchuanAfterTheMerger()
    {
        var before = Nantong.Resolve("港闸区幸福街道", Date("2019-12-01"))!;
        Assert.Equal("320611006", before.Unit.Code);
        Assert.Equal("港闸区", before.District);
        Assert.Equal("320613021", before.Unit.SuccessorCode);

        var after = Nantong.Resolve("幸福街道", Date("2021-03-01"))!;
        Assert.Equal("320613021", after.Unit.Code);
        Assert.Equal("崇川区", after.District);
    }

    [Fact]
    public void L5_HaimenCitySanchangParkIsWrittenHaimenDistrict()
    {
        var park = Nantong.Resolve("海门市三厂工业园区", Date("2019-06-01"))!;

        Assert.Equal("320684418", park.Unit.Code);
        Assert.Equal("320614418", park.Unit.SuccessorCode);
        Assert.Equal("海门区", park.District);
    }

    [Fact]
    public void L6_TongzhouJinshaStreetIsNantongsNotBeijings()
    {
        var mention = Assert.Single(Nantong.FindMentions("通州区金沙街道", null));

        Assert.False(mention.IsOutsideNantong);
        Assert.Equal(MentionSource.Town, mention.Source);
        Assert.Equal("320612001", mention.Code);
        Assert.Equal("通州区", mention.District);
    }

    [Fact]
    public void L7_LinjiangNewAreaIsHaimenAndLinjiangCityIsJilin()
    {
        var newArea = Nantong.Resolve("临江新区", null)!;
        Assert.Equal("320614414", newArea.Unit.Code);
        Assert.Equal("海门区", newArea.District);

        var city = Assert.Single(Nantong.FindMentions("吉林省白山市临江市", null), m => m.Text == "临江市");
        Assert.True(city.IsOutsideNantong);
        Assert.Null(city.District);
    }

    [Theory]
    [InlineData("叠石桥")]
    [InlineData("三星镇")]
    public void L8_DieshiqiaoAndSanxingTownAreHaimen(string name)
    {
        var place = Nantong.Resolve(name, Date("2023-05-01"))!;

        Assert.Equal("320614416", place.Unit.Code);
        Assert.Equal("海门区", place.District);
    }

    [Theory]
    [InlineData("城东镇", "320685101", "海安市")]
    [InlineData("城东街道", "320613001", "崇川区")]
    public void L9_TheSuffixDecidesBetweenChengdongTownAndStreet(string name, string code, string district)
    {
        var place = Nantong.Resolve(name, Date("2023-01-01"))!;

        Assert.Equal(code, place.Unit.Code);
        Assert.Equal(district, place.District);
    }

    [Theory]
    [InlineData("南通开发区", "320671")]
    [InlineData("经开区", "320671")]
    [InlineData("江海镇区", "320671400")]
    public void L10_DevelopmentZoneNamesAreTheEconomicAndTechnologicalDevelopmentArea(string name, string code)
    {
        var place = Nantong.Resolve(name, Date("2022-08-12"))!;

        Assert.Equal(code, place.Unit.Code);
        Assert.Equal("南通经济技术开发区", place.District);
        Assert.Equal("320671", place.DistrictUnit.Code);
    }

    [Theory]
    [InlineData("市北高新区", "320613403")]
    [InlineData("港闸开发区", "320613402")]
    public void L11_ShibeiAndGangzhaZonesAreChongchuanAfterTheMerger(string name, string code)
    {
        var place = Nantong.Resolve(name, Date("2021-06-01"))!;

        Assert.Equal(code, place.Unit.Code);
        Assert.Equal("崇川区", place.District);
    }

    [Fact]
    public void L12_HaianCountyIn2017IsWrittenHaianCity()
    {
        var county = Nantong.Resolve("海安县", Date("2017-05-01"))!;

        Assert.Equal("320621", county.Unit.Code);
        Assert.Equal("320685", county.Unit.SuccessorCode);
        Assert.Equal("海安市", county.District);
    }

    [Fact]
    public void L18_CityStandingCommitteeInADistrictArticleIsNantongCity()
    {
        var text = "区委书记黄卫锋主持召开区委常委会会议，传达学习南通市委常委会会议精神。";

        var mentions = NantongMentions(text, "2020-04-21");

        var city = Assert.Single(mentions, m => m.Source == MentionSource.City);
        Assert.Equal("南通市", city.Text);
        Assert.Equal("南通市", city.District);
        Assert.Equal("3206", city.Code);
        Assert.Equal("港闸区", Assert.Single(mentions, m => m.Source == MentionSource.Leader).District);
    }
}
