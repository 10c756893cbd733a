using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Import;
using Metrics.Storage;

namespace Metrics.Tests.Support;

/// <summary>Canonical facts written straight into the database, to test the queries without the extractor.</summary>
internal static class StoredFacts
{
    public static Fact Meeting(string district, string? date, MeetingKind kind = MeetingKind.StandingCommittee, FactStatus status = FactStatus.Extracted) =>
        Make(new Fact { District = district, Type = FactType.Meeting, Kind = kind, Status = status }, date);

    public static Fact Project(
        string district,
        string? date,
        ProjectStage stage = ProjectStage.Started,
        int? count = null,
        long? yuan = null,
        AmountQualifier qualifier = AmountQualifier.Exact,
        FactScope scope = FactScope.Event,
        bool member = false,
        string[]? projects = null,
        FactStatus status = FactStatus.Extracted) =>
        Make(new Fact
        {
            District = district,
            Type = FactType.ProjectEvent,
            Stage = stage,
            Scope = scope,
            ProjectCount = count,
            InvestmentYuan = yuan,
            Qualifier = qualifier,
            MemberOfBatch = member,
            Projects = [.. projects ?? []],
            Status = status,
        }, date);

    /// <summary>
    /// <paramref name="count"/> made-up facts over three districts and 2019–2023, deterministic from
    /// the seed: every precision and undated ones, two kinds and two stages, some period summaries,
    /// batch members, amounts missing, rejected facts and facts without a district, to compare two ways of counting them.
    /// </summary>
    public static Fact[] Mixed(int count, int seed)
    {
        var random = new Random(seed);
        // A fact without a district (waiting for staff) is in no figure and no list.
        string[] districts = ["通州区", "港闸区", "海门区", "通州区", "港闸区", "海门区", Fact.NoDistrict];
        return Enumerable.Range(0, count).Select(i =>
        {
            var day = new DateOnly(2019, 1, 1).AddDays(random.Next(1500));
            var date = (i % 9) switch { 0 => $"{day.Year}", 1 => $"{day.Year}-Q{(day.Month - 1) / 3 + 1}", 2 => $"{day:yyyy-MM}", 3 => null, _ => $"{day:yyyy-MM-dd}" };
            var status = i % 13 == 0 ? FactStatus.Rejected : FactStatus.Extracted;
            return i % 3 == 0
                ? Meeting(districts[random.Next(districts.Length)], date, i % 2 == 0 ? MeetingKind.StandingCommittee : MeetingKind.Plenary, status)
                : Project(districts[random.Next(districts.Length)], date, i % 2 == 0 ? ProjectStage.Started : ProjectStage.Signed,
                    count: random.Next(1, 9), yuan: random.Next(2) == 0 ? null : random.Next(1, 1000),
                    scope: i % 17 == 0 ? FactScope.Period : FactScope.Event, member: i % 11 == 0, status: status);
        }).ToArray();
    }

    public static async Task AddAsync(SqliteDatabase database, params Fact[] facts)
    {
        await using var context = database.Open();
        context.Facts.AddRange(facts);
        await context.SaveChangesAsync();
    }

    private static Fact Make(Fact fact, string? date)
    {
        FactRecords.SetDate(fact, date);
        FactRecords.SetCountedValues(fact);
        // A UTC time as the import writes it: PostgreSQL's timestamptz takes no other kind (and reads DateTime.MinValue back as -infinity).
        fact.UpdatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return fact;
    }
}
