using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Tests.Support;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>A district's own site tells which 市 or 区 its articles mean when the text names only 南通.</summary>
public sealed class SiteDistrictsTests
{
    public static TheoryData<string, string> SiteExamples() => VocabularyRows.Of("site-districts.tsv", "example", "district");

    [Theory]
    [MemberData(nameof(SiteExamples))]
    public void EverySiteExampleIsItsDistrictsSite(string host, string district)
    {
        Assert.Equal(district, SiteDistricts.Of($"http://{host}/news/1.html"));
    }

    [Theory]
    [InlineData("https://www.zgnt.net/content/1.html")]
    [InlineData("http://zhengxie.bjtzh.gov.cn/1.html")]
    [InlineData("not an address")]
    [InlineData(null)]
    public void OtherAddressesNameNoDistrict(string? url)
    {
        Assert.Null(SiteDistricts.Of(url));
    }

    [Fact]
    public void TheCityOfADistrictsSiteIsThatDistrict()
    {
        const string text = "本报讯 昨日,市政协十五届三次常委会会议召开。会议围绕高质量建设南通跨江融合发展样板区开展协商。";

        var onTheSite = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2022, 12, 1), Url: "http://rgdt.cpcrugao.cn/Article/index/aid/1.html"));
        var elsewhere = FactExtractor.Extract(new ArticleInput(text, new DateOnly(2022, 12, 1), Url: "https://www.zgnt.net/content/1.html"));

        Assert.Equal("如皋市", Assert.Single(onTheSite.OfType<MeetingFact>()).District);
        Assert.Equal("南通市", Assert.Single(elsewhere.OfType<MeetingFact>()).District);
    }
}
