using System.Data.Common;
using Metrics.Extraction.Dates;
using Metrics.Extraction.Facts;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Storage;

namespace Metrics.Import;

/// <summary>
/// A fact's columns for the import's own SQL, written and read as EF Core writes and reads them
/// (enums by name; dates, flags and project names as <see cref="SqlDialect"/> passes them); tests compare both ways
/// with EF Core.
/// </summary>
internal static class FactColumns
{
    /// <summary>Every column but the id, in the order of <see cref="Values"/>.</summary>
    public static readonly string[] Names =
    [
        "Type", "District", "Date", "Precision", "PeriodStart", "PeriodEnd", "Year", "Quarter", "Month", "Kind", "Chair", "Stage",
        "Scope", "ProjectCount", "InvestmentYuan", "InvestmentYuanMax", "Qualifier", "InvestmentOriginal", "PlannedThisYearYuan",
        "Projects", "MemberOfBatch", "ProjectsCounted", "IsLowerBound", "Status", "UpdatedAtUtc", "Confidence",
    ];

    /// <summary>The values of <see cref="Names"/>.</summary>
    public static object?[] Values(Fact fact, SqlDialect dialect) =>
    [
        fact.Type.ToString(), fact.District, fact.Date, fact.Precision.ToString(), fact.PeriodStart, fact.PeriodEnd,
        fact.Year, fact.Quarter, fact.Month, fact.Kind?.ToString(), fact.Chair, fact.Stage?.ToString(),
        fact.Scope?.ToString(), fact.ProjectCount, fact.InvestmentYuan, fact.InvestmentYuanMax, fact.Qualifier?.ToString(),
        fact.InvestmentOriginal, fact.PlannedThisYearYuan, dialect.Names(fact.Projects), fact.MemberOfBatch,
        fact.ProjectsCounted, fact.IsLowerBound, fact.Status.ToString(), fact.UpdatedAtUtc, fact.Confidence,
    ];

    /// <summary>A fact from a row that selected <c>Id</c> and then <see cref="Names"/>.</summary>
    public static Fact Read(DbDataReader row, SqlDialect dialect) => new()
    {
        Id = row.GetInt32(0),
        Type = Enum.Parse<FactType>(row.GetString(1)),
        District = row.GetString(2),
        Date = Text(row, 3),
        Precision = Enum.Parse<DatePrecision>(row.GetString(4)),
        PeriodStart = Value(row, 5, row.GetFieldValue<DateOnly>),
        PeriodEnd = Value(row, 6, row.GetFieldValue<DateOnly>),
        Year = Value(row, 7, row.GetInt32),
        Quarter = Value(row, 8, row.GetInt32),
        Month = Value(row, 9, row.GetInt32),
        Kind = Name<MeetingKind>(row, 10),
        Chair = Text(row, 11),
        Stage = Name<ProjectStage>(row, 12),
        Scope = Name<FactScope>(row, 13),
        ProjectCount = Value(row, 14, row.GetInt32),
        InvestmentYuan = Value(row, 15, row.GetInt64),
        InvestmentYuanMax = Value(row, 16, row.GetInt64),
        Qualifier = Name<AmountQualifier>(row, 17),
        InvestmentOriginal = Text(row, 18),
        PlannedThisYearYuan = Value(row, 19, row.GetInt64),
        Projects = dialect.ReadNames(row, 20),
        MemberOfBatch = row.GetBoolean(21),
        ProjectsCounted = row.GetInt32(22),
        IsLowerBound = row.GetBoolean(23),
        Status = Enum.Parse<FactStatus>(row.GetString(24)),
        UpdatedAtUtc = row.GetDateTime(25),
        Confidence = row.GetDouble(26),
    };

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static T? Value<T>(DbDataReader row, int ordinal, Func<int, T> read) where T : struct =>
        row.IsDBNull(ordinal) ? null : read(ordinal);

    private static T? Name<T>(DbDataReader row, int ordinal) where T : struct, Enum =>
        row.IsDBNull(ordinal) ? null : Enum.Parse<T>(row.GetString(ordinal));
}
