namespace Metrics.Storage;

/// <summary>
/// The SQL of the triggers that keep <c>FactTotals</c> in step with <c>Facts</c>, whoever writes
/// (import, review, a script): additive, so that the order SQLite fires them in does not matter.
/// A bulk load may drop them, insert, and then <see cref="Rebuild"/> (as the benchmark does).
/// The migrations <c>FactTotals</c> and <c>NoDistrictUncounted</c> run this SQL: change it only
/// with a new migration.
/// </summary>
public static class FactTotalTriggers
{
    private const string Key = "Type, Stage, Kind, District, Year, Quarter, Month";

    // What the totals count: not rejected, placed in a district (a fact without one waits for staff),
    // and for project events a single event that is no batch member.
    private const string CountedBare = "f.Status <> 'Rejected' AND f.District <> '' AND (f.Type = 'Meeting' OR (f.Scope = 'Event' AND f.MemberOfBatch = 0))";

    // Before the migration NoDistrictUncounted no fact without a district was stored.
    private const string CountedBeforeNoDistrict = "f.Status <> 'Rejected' AND (f.Type = 'Meeting' OR (f.Scope = 'Event' AND f.MemberOfBatch = 0))";

    /// <summary>CREATE TRIGGER statements.</summary>
    public static readonly string[] Create = CreateCounting(CountedBare);

    /// <summary>DROP TRIGGER statements.</summary>
    public static readonly string[] Drop =
    [
        "DROP TRIGGER IF EXISTS Facts_Totals_Insert;",
        "DROP TRIGGER IF EXISTS Facts_Totals_Delete;",
        "DROP TRIGGER IF EXISTS Facts_Totals_UpdateOld;",
        "DROP TRIGGER IF EXISTS Facts_Totals_UpdateNew;",
    ];

    /// <summary>Empties the totals, fills them from the facts and re-creates the triggers.</summary>
    public static IEnumerable<string> Rebuild => RebuildCounting(CountedBare);

    /// <summary><see cref="Rebuild"/> as it was before the migration <c>NoDistrictUncounted</c>, for its Down.</summary>
    internal static IEnumerable<string> RebuildBeforeNoDistrict => RebuildCounting(CountedBeforeNoDistrict);

    /// <summary>Fills the totals from the facts already stored.</summary>
    public static readonly string Backfill = BackfillCounting(CountedBare);

    private static string[] CreateCounting(string counted) =>
    [
        $"CREATE TRIGGER Facts_Totals_Insert AFTER INSERT ON Facts WHEN {Row(counted, "NEW")} BEGIN {Add("NEW")} END;",
        $"CREATE TRIGGER Facts_Totals_Delete AFTER DELETE ON Facts WHEN {Row(counted, "OLD")} BEGIN {Subtract("OLD")} END;",
        $"CREATE TRIGGER Facts_Totals_UpdateOld AFTER UPDATE ON Facts WHEN {Row(counted, "OLD")} BEGIN {Subtract("OLD")} END;",
        $"CREATE TRIGGER Facts_Totals_UpdateNew AFTER UPDATE ON Facts WHEN {Row(counted, "NEW")} BEGIN {Add("NEW")} END;",
    ];

    private static IEnumerable<string> RebuildCounting(string counted) => [.. Drop, "DELETE FROM FactTotals;", BackfillCounting(counted), .. CreateCounting(counted)];

    private static string BackfillCounting(string counted) =>
        $"INSERT INTO FactTotals ({Key}, BucketStart, BucketEnd, Facts, FactsWithAmount, Projects, Yuan, LowerBounds) " +
        "SELECT Type, Stage, Kind, District, Year, Quarter, Month, " + BucketStartOf + ", " + BucketEndOf + ", " +
        "Facts, FactsWithAmount, Projects, Yuan, LowerBounds FROM (" +
        "SELECT Type, coalesce(Stage, '') AS Stage, coalesce(Kind, '') AS Kind, District, coalesce(Year, 0) AS Year, " +
        "coalesce(Quarter, 0) AS Quarter, coalesce(Month, 0) AS Month, count(*) AS Facts, " +
        "sum(InvestmentYuan IS NOT NULL) AS FactsWithAmount, sum(ProjectsCounted) AS Projects, " +
        "sum(coalesce(InvestmentYuan, 0)) AS Yuan, sum(IsLowerBound) AS LowerBounds " +
        "FROM Facts AS f WHERE " + counted + " GROUP BY 1, 2, 3, 4, 5, 6, 7);";

    // Year/Quarter/Month are the bucket's own columns here (0 = not known that finely).
    private const string BucketStartOf =
        "CASE WHEN Year = 0 THEN NULL WHEN Month > 0 THEN printf('%04d-%02d-01', Year, Month) " +
        "WHEN Quarter > 0 THEN printf('%04d-%02d-01', Year, Quarter * 3 - 2) ELSE printf('%04d-01-01', Year) END";

    private const string BucketEndOf =
        "CASE WHEN Year = 0 THEN NULL WHEN Month > 0 THEN date(printf('%04d-%02d-01', Year, Month), '+1 month', '-1 day') " +
        "WHEN Quarter > 0 THEN date(printf('%04d-%02d-01', Year, Quarter * 3 - 2), '+3 months', '-1 day') ELSE printf('%04d-12-31', Year) END";

    private static string Row(string counted, string row) => counted.Replace("f.", row + ".", StringComparison.Ordinal);

    private static string KeyValues(string row) =>
        $"{row}.Type, coalesce({row}.Stage, ''), coalesce({row}.Kind, ''), {row}.District, coalesce({row}.Year, 0), coalesce({row}.Quarter, 0), coalesce({row}.Month, 0)";

    private static string Add(string row) =>
        $"INSERT INTO FactTotals ({Key}, BucketStart, BucketEnd, Facts, FactsWithAmount, Projects, Yuan, LowerBounds) " +
        $"SELECT {Key}, {BucketStartOf}, {BucketEndOf}, 1, A, P, Y, L FROM (SELECT {row}.Type AS Type, coalesce({row}.Stage, '') AS Stage, " +
        $"coalesce({row}.Kind, '') AS Kind, {row}.District AS District, coalesce({row}.Year, 0) AS Year, coalesce({row}.Quarter, 0) AS Quarter, " +
        $"coalesce({row}.Month, 0) AS Month, {row}.InvestmentYuan IS NOT NULL AS A, {row}.ProjectsCounted AS P, " +
        $"coalesce({row}.InvestmentYuan, 0) AS Y, {row}.IsLowerBound AS L) WHERE true " +
        $"ON CONFLICT ({Key}) DO UPDATE SET Facts = Facts + 1, FactsWithAmount = FactsWithAmount + excluded.FactsWithAmount, " +
        "Projects = Projects + excluded.Projects, Yuan = Yuan + excluded.Yuan, LowerBounds = LowerBounds + excluded.LowerBounds;";

    private static string Subtract(string row) =>
        $"UPDATE FactTotals SET Facts = Facts - 1, FactsWithAmount = FactsWithAmount - ({row}.InvestmentYuan IS NOT NULL), " +
        $"Projects = Projects - {row}.ProjectsCounted, Yuan = Yuan - coalesce({row}.InvestmentYuan, 0), LowerBounds = LowerBounds - {row}.IsLowerBound " +
        $"WHERE ({Key}) = ({KeyValues(row)});";
}
