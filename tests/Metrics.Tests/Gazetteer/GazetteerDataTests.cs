using Metrics.Gazetteer;
using static Metrics.Tests.Gazetteer.GazetteerFixture;

namespace Metrics.Tests.Gazetteer;

public class GazetteerDataTests
{
    [Fact]
    public void EveryCountyOfTheSharedGazetteerIsADivision()
    {
        string[] counties = ["320612", "320613", "320614", "320623", "320671", "320681", "320682", "320685", "320602", "320611", "320684", "320621"];

        Assert.All(counties, code => Assert.True(Nantong.FindDivision(code)?.IsDistrictLevel, code));
    }

    [Fact]
    public void EveryDivisionBelowTheCityHasAParentThatExisted()
    {
        foreach (var division in Nantong.Divisions.Where(d => d.Kind != DivisionKind.Province))
        {
            var parent = Nantong.FindDivision(division.ParentCode!);
            Assert.NotNull(parent);
            if (division.ValidTo is { } end && parent!.ValidTo is { } parentEnd)
            {
                Assert.True(end <= parentEnd, $"{division.Code} {division.Name} outlives its parent.");
            }
        }
    }

    [Fact]
    public void PseudoCodesAreOnlyGivenToUnitsTheStatisticsLack()
    {
        var pseudo = Nantong.Divisions.Where(d => d.Code.StartsWith("320690", StringComparison.Ordinal)
            || (d.Code.Length == 9 && d.Code[6] == '9')).ToArray();

        Assert.Equal(8, pseudo.Length);
        Assert.All(pseudo, d => Assert.False(d.Source.StartsWith("shared:", StringComparison.Ordinal), d.Code));
        Assert.All(Nantong.Divisions.Where(d => d.Source.StartsWith("shared:", StringComparison.Ordinal)), d =>
            Assert.DoesNotContain(d, pseudo));
    }

    [Fact]
    public void AnAliasToAnUnknownCodeFailsTheLoad()
    {
        TsvTable Read(string file) => file == "aliases.tsv"
            ? TsvTable.Parse(file, "alias\tcode\tkind\n南通开发区\t999999\talias\n")
            : TsvTable.ReadResource(file);

        var error = Assert.Throws<FormatException>(() => GazetteerData.Load(Read));
        Assert.Contains("999999", error.Message);
    }

    [Fact]
    public void ALeaderInAnUnknownPlaceFailsTheLoad()
    {
        TsvTable Read(string file) => file == "leaders.tsv"
            ? TsvTable.Parse(file, "person\tpost\tdistrict\tsource\n某某\t区委书记\t火星区\ttest\n")
            : TsvTable.ReadResource(file);

        Assert.Throws<FormatException>(() => GazetteerData.Load(Read));
    }

    [Fact]
    public void ANewAliasRowNeedsNoCodeChange()
    {
        TsvTable Read(string file) => file == "aliases.tsv"
            ? TsvTable.Parse(file, TsvTable.ReadResource("aliases.tsv").Header.Aggregate((a, b) => a + "\t" + b) + "\n狼山\t320613010\talias\t\t\t\ttest\t\n")
            : TsvTable.ReadResource(file);

        var gazetteer = new NantongGazetteer(GazetteerData.Load(Read));

        Assert.Equal("崇川区", gazetteer.ResolveName("狼山", Date("2023-01-01")));
        Assert.Null(Nantong.ResolveName("狼山", Date("2023-01-01")));
    }

    [Theory]
    [InlineData("2019", false, "2019-01-01", false)]
    [InlineData("2020-02", false, "2020-02-01", false)]
    [InlineData("~2020-01-15", false, "2020-01-15", true)]
    [InlineData("2019", true, "2019-12-31", false)]
    [InlineData("2020-02", true, "2020-02-29", false)]
    public void TenureBoundsReadYearsMonthsAndAttestedDays(string text, bool isEnd, string date, bool approximate)
    {
        var bound = isEnd ? TenureBound.ParseEnd(text) : TenureBound.ParseStart(text);

        Assert.Equal(new TenureBound(Date(date), approximate), bound);
    }

    [Fact]
    public void TheAutomatonReportsOverlappingNames()
    {
        var automaton = new NameAutomaton(["南通", "南通市", "通州", "通州区", "州区"]);
        var hits = new List<PatternHit>();

        automaton.Scan("在南通市通州区", hits);

        Assert.Equal(
            [(1, "南通"), (1, "南通市"), (4, "通州"), (4, "通州区"), (5, "州区")],
            hits.Select(h => (h.Start, new[] { "南通", "南通市", "通州", "通州区", "州区" }[h.Pattern])).Order());
    }

    [Fact]
    public void TheFoldMapsTraditionalToSimplifiedOneForOne()
    {
        var fold = CharFold.Instance;

        Assert.Equal("南通开发区启东市港闸区", fold.Fold("南通開發區啟東市港閘區"));
        Assert.Equal("nantong (a)", fold.Fold("NANTONG （Ａ）"));
    }
}
