using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
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
        return fact;
    }
}
