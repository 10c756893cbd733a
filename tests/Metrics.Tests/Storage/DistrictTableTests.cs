using Metrics.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Tests.Storage;

public sealed class DistrictTableTests
{
    [Fact]
    public async Task GangzhaIsStoredAsHistoricalWithChongchuanAsSuccessorFromTheMerger()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var context = database.Open();

        var gangzha = await context.Districts.SingleAsync(d => d.Name == "港闸区");

        Assert.Equal(new DateOnly(2020, 7, 27), gangzha.ValidUntil);
        Assert.Equal("崇川区", gangzha.SuccessorName);
        Assert.Equal("港闸", gangzha.Aliases);
    }

    [Fact]
    public async Task HaimenKeepsItsCountyLevelCityNameAsAnOfficialName()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var context = database.Open();

        var haimen = await context.Districts.SingleAsync(d => d.Name == "海门区");

        Assert.Equal("海门区、海门市", haimen.OfficialNames);
        Assert.Null(haimen.ValidUntil);
        Assert.Null(haimen.SuccessorName);
    }

    [Fact]
    public async Task EveryDistrictOfTheGazetteerIsARow()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var context = database.Open();

        var names = await context.Districts.Select(d => d.Name).ToListAsync();

        Assert.Equal(Metrics.Gazetteer.NantongGazetteer.Load().AllDistricts.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }
}
