using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class LeaderResolverTests
{
    private static LeaderResolver Leaders => Nantong.Leaders;

    [Theory]
    [InlineData("2017-08-23", "市长", "启东市")]
    [InlineData("2020-04-21", "区委书记", "港闸区")]
    [InlineData("2021-04-29", "区长", "崇川区")]
    public void OnePersonIsPlacedByPostAndDate(string date, string post, string district) =>
        Assert.Equal(district, Leaders.Resolve("黄卫锋", Date(date), [post])?.District);

    [Fact]
    public void APostThePersonNeverHeldPlacesNothing() =>
        Assert.Null(Leaders.Resolve("黄卫锋", Date("2020-04-21"), ["县委书记"]));

    [Fact]
    public void AFirmTenureEndIsNeverCrossed() =>
        Assert.Null(Leaders.Resolve("黄卫锋", Date("2020-09-01"), ["区委书记"]));

    [Fact]
    public void AnAttestedTenureReachesNearbyDates()
    {
        var tenure = Leaders.Resolve("张建华", Date("2021-01-10"), ["市委书记"])!;

        Assert.Equal("如皋市", tenure.District);
        Assert.True(tenure.To!.Value.IsApproximate);
    }

    [Fact]
    public void AnAttestedTenureDoesNotReachYearsAway() =>
        Assert.Null(Leaders.Resolve("张建华", Date("2015-01-01"), ["市委书记"]));

    [Fact]
    public void WithoutADateOnlyAPersonOfOneDistrictIsPlaced()
    {
        Assert.Equal("郭晓敏", Leaders.Resolve("郭晓敏", null)?.Person);
        Assert.Null(Leaders.Resolve("黄卫锋", null));
    }

    [Fact]
    public void TheWholeTitleChainIsRead()
    {
        var leader = Assert.Single(Leaders.Find("市委常委、区委书记张建华出席会议并强调", Date("2023-02-11")));

        Assert.Equal("张建华", leader.Person);
        Assert.Equal(["市委常委", "区委书记"], leader.Posts);
        Assert.Equal("通州区", leader.District);
        Assert.Equal(LeaderBasis.Tenure, leader.Basis);
    }

    [Fact]
    public void ThePlaceWrittenWithThePostDecides()
    {
        var leader = Assert.Single(Leaders.Find("海门区委书记郭晓敏要求", Date("2021-11-28")));

        Assert.Equal(LeaderBasis.Qualifier, leader.Basis);
        Assert.Equal("海门区", leader.District);
    }

    [Fact]
    public void ADistrictPostOutweighsACityPostInOneChain()
    {
        var leader = Assert.Single(Leaders.Find("南通市政协副主席、如东县委书记陈慧宇表示", Date("2024-11-20")));

        Assert.Equal("如东县", leader.District);
        Assert.Equal(["市政协副主席", "县委书记"], leader.Posts);
    }

    [Fact]
    public void APersonUnknownToTheTableIsLearnedFromTheText()
    {
        var text = "启东市委书记王明远出席开工仪式。市委书记王明远强调，要抓好项目。王明远指出";

        var leaders = Leaders.Find(text, Date("2030-05-05"));

        Assert.Equal(3, leaders.Count);
        Assert.All(leaders, l => Assert.Equal("启东市", l.District));
        Assert.Equal([LeaderBasis.Qualifier, LeaderBasis.SameText, LeaderBasis.SameText], leaders.Select(l => l.Basis));
    }

    [Fact]
    public void AnUnplacedPostIsFoundButNotResolved()
    {
        var leader = Assert.Single(Leaders.Find("区委书记王明远主持召开会议", Date("2030-05-05")));

        Assert.Equal("王明远", leader.Person);
        Assert.Equal(LeaderBasis.Unresolved, leader.Basis);
        Assert.Null(leader.District);
        Assert.DoesNotContain(Nantong.FindMentions("区委书记王明远主持召开会议", Date("2030-05-05")), m => m.Source == MentionSource.Leader);
    }

    [Theory]
    [InlineData("市委书记王晖主持召开市委常委会会议", "2022-11-22", "王晖", "南通市")]
    [InlineData("市委书记谭真在大会主席台就坐", "2024-01-13", "谭真", "海安市")]
    [InlineData("区长赵磊作区政府工作报告", "2020-01-04", "赵磊", null)]
    public void ATwoCharacterNameStopsBeforeTheVerb(string text, string date, string person, string? district)
    {
        var leader = Assert.Single(Leaders.Find(text, Date(date)));

        Assert.Equal(person, leader.Person);
        Assert.Equal(district, leader.District);
    }

    [Fact]
    public void LeadersOfOtherCitiesAreOutsideNantong()
    {
        var leader = Assert.Single(Leaders.Find("苏州市委副书记朱民率队来海考察", Date("2021-04-12")));

        Assert.True(leader.IsOutsideNantong);
        Assert.Equal("江苏省苏州市", leader.OutsidePlace);
        Assert.Null(leader.District);
    }

    [Fact]
    public void LaterBareMentionsCountForTheSameDistrict()
    {
        var mentions = NantongMentions("10日下午,区委书记黄卫锋主持召开区委常委会会议。黄卫锋指出,要毫不松懈抓好疫情防控。", "2020-04-13");

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(("黄卫锋", "港闸区"), (m.Person, m.District)));
    }

    [Fact]
    public void LeadersInTraditionalScriptAreFound()
    {
        var leader = Assert.Single(Leaders.Find("區委書記黃衛鋒主持召開區委常委會會議", Date("2020-04-21")));

        Assert.Equal("黄卫锋", leader.Person);
        Assert.Equal("港闸区", leader.District);
    }

    [Fact]
    public void EveryTenureLiesWithinTheLifeOfItsDistrict()
    {
        foreach (var tenure in Leaders.Tenures.Where(t => !t.IsOutsideNantong))
        {
            var district = Nantong.FindDistrict(tenure.District);
            Assert.NotNull(district);
            if (district!.Until is { } until && tenure.To is { } to)
            {
                Assert.True(to.Date <= until, $"{tenure.Person} {tenure.Post} in {tenure.District} ends after the district.");
            }
        }
    }
}
