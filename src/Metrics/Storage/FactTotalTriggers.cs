namespace Metrics.Storage;

/// <summary>
/// The SQL of the triggers that keep <c>FactTotals</c> (per stage or kind) and <c>TypeTotals</c>
/// (every stage and kind together) in step with <c>Facts</c>, whoever writes (import, review, a
/// script): additive, so that the order SQLite fires them in does not matter. Each row sums what
/// the metrics count and, in <c>AllFacts</c>, how many facts are listed (not rejected, placed in
/// a district). A bulk load may <see cref="Drop"/> them, insert, and then <see cref="Rebuild"/>
/// (as the benchmark does). The migration <c>TypeTotals</c> runs <see cref="Rebuild"/>: change
/// this SQL only with a new migration that rebuilds again. The shapes the earlier migrations
/// created are kept for them (<see cref="RebuildBeforeNoDistrict"/>, <see cref="RebuildBeforeTypeTotals"/>).
/// </summary>
public static class FactTotalTriggers
{
    // Listed: not rejected, and placed in a district (a fact without one waits for staff).
    private const string Listed = "f.Status <> 'Rejected' AND f.District <> ''";

    // Before the migration NoDistrictUncounted no fact without a district was stored.
    private const string ListedBeforeNoDistrict = "f.Status <> 'Rejected'";

    private static readonly TotalsTable FactTotals = new("FactTotals", "Facts_Totals", Listed, ByStageAndKind: true, KeepsAllFacts: true);
    private static readonly TotalsTable TypeTotals = new("TypeTotals", "Facts_TypeTotals", Listed, ByStageAndKind: false, KeepsAllFacts: true);

    /// <summary>DROP TRIGGER statements of both tables.</summary>
    public static string[] Drop => [.. FactTotals.Drop, .. TypeTotals.Drop];

    /// <summary>Empties both tables, fills them from the facts and (re-)creates the triggers.</summary>
    public static IEnumerable<string> Rebuild =>
        [.. Drop, "DELETE FROM FactTotals;", "DELETE FROM TypeTotals;", FactTotals.Backfill, TypeTotals.Backfill, .. FactTotals.Create, .. TypeTotals.Create];

    /// <summary><c>FactTotals</c> alone as the migrations <c>FactTotals</c> (and the Down of <c>NoDistrictUncounted</c>) left it.</summary>
    internal static IEnumerable<string> RebuildBeforeNoDistrict => Earlier(ListedBeforeNoDistrict);

    /// <summary><c>FactTotals</c> alone as the migration <c>NoDistrictUncounted</c> (and the Down of <c>TypeTotals</c>) left it.</summary>
    internal static IEnumerable<string> RebuildBeforeTypeTotals => Earlier(Listed);

    // Before TypeTotals: no AllFacts column, so only counted facts fired the triggers, on any update.
    private static IEnumerable<string> Earlier(string listed)
    {
        var table = new TotalsTable("FactTotals", "Facts_Totals", listed, ByStageAndKind: true, KeepsAllFacts: false);
        return [.. Drop, "DELETE FROM FactTotals;", table.Backfill, .. table.Create];
    }

    /// <summary>One totals table: its key is type, district and bucket, with stage and kind or without.</summary>
    private sealed record TotalsTable(string Table, string TriggerPrefix, string ListedBare, bool ByStageAndKind, bool KeepsAllFacts)
    {
        // A listed fact counts for the metrics when this is 1: meetings, and project events of
        // scope = event that are no batch member.
        private const string CountedBare = "coalesce(f.Type = 'Meeting' OR (f.Scope = 'Event' AND f.MemberOfBatch = 0), 0)";

        // An update fires the triggers only when it sets a column they read: absorbing a further
        // report that adds a chair or a project name (or only the time stamp) leaves the totals be.
        private const string ReadColumns =
            "Type, Stage, Kind, District, Year, Quarter, Month, Status, Scope, MemberOfBatch, InvestmentYuan, ProjectsCounted, IsLowerBound";

        // Year/Quarter/Month are the bucket's own columns here (0 = not known that finely).
        private const string BucketStartOf =
            "CASE WHEN Year = 0 THEN NULL WHEN Month > 0 THEN printf('%04d-%02d-01', Year, Month) " +
            "WHEN Quarter > 0 THEN printf('%04d-%02d-01', Year, Quarter * 3 - 2) ELSE printf('%04d-01-01', Year) END";

        private const string BucketEndOf =
            "CASE WHEN Year = 0 THEN NULL WHEN Month > 0 THEN date(printf('%04d-%02d-01', Year, Month), '+1 month', '-1 day') " +
            "WHEN Quarter > 0 THEN date(printf('%04d-%02d-01', Year, Quarter * 3 - 2), '+3 months', '-1 day') ELSE printf('%04d-12-31', Year) END";

        private string Key => ByStageAndKind ? "Type, Stage, Kind, District, Year, Quarter, Month" : "Type, District, Year, Quarter, Month";

        private string Values => "BucketStart, BucketEnd, Facts, FactsWithAmount, Projects, Yuan, LowerBounds" + (KeepsAllFacts ? ", AllFacts" : "");

        // Which facts fire the triggers, and which rows the backfill reads.
        private string Fires => KeepsAllFacts ? ListedBare : $"{ListedBare} AND {CountedBare} = 1";

        private string Update => KeepsAllFacts ? $"UPDATE OF {ReadColumns}" : "UPDATE";

        public string[] Create =>
        [
            $"CREATE TRIGGER {TriggerPrefix}_Insert AFTER INSERT ON Facts WHEN {Row(Fires, "NEW")} BEGIN {Add("NEW")} END;",
            $"CREATE TRIGGER {TriggerPrefix}_Delete AFTER DELETE ON Facts WHEN {Row(Fires, "OLD")} BEGIN {Subtract("OLD")} END;",
            $"CREATE TRIGGER {TriggerPrefix}_UpdateOld AFTER {Update} ON Facts WHEN {Row(Fires, "OLD")} BEGIN {Subtract("OLD")} END;",
            $"CREATE TRIGGER {TriggerPrefix}_UpdateNew AFTER {Update} ON Facts WHEN {Row(Fires, "NEW")} BEGIN {Add("NEW")} END;",
        ];

        public string[] Drop =>
        [
            $"DROP TRIGGER IF EXISTS {TriggerPrefix}_Insert;",
            $"DROP TRIGGER IF EXISTS {TriggerPrefix}_Delete;",
            $"DROP TRIGGER IF EXISTS {TriggerPrefix}_UpdateOld;",
            $"DROP TRIGGER IF EXISTS {TriggerPrefix}_UpdateNew;",
        ];

        public string Backfill =>
            $"INSERT INTO {Table} ({Key}, {Values}) " +
            $"SELECT {Key}, {BucketStartOf}, {BucketEndOf}, Facts, FactsWithAmount, Projects, Yuan, LowerBounds{(KeepsAllFacts ? ", AllFacts" : "")} FROM (" +
            $"SELECT {KeyValues("f", named: true)}, sum(C) AS Facts, sum(C * (InvestmentYuan IS NOT NULL)) AS FactsWithAmount, " +
            "sum(C * ProjectsCounted) AS Projects, sum(C * coalesce(InvestmentYuan, 0)) AS Yuan, sum(C * IsLowerBound) AS LowerBounds, count(*) AS AllFacts " +
            $"FROM (SELECT *, {CountedBare} AS C FROM Facts AS f WHERE {Fires}) AS f " +
            $"GROUP BY {string.Join(", ", Enumerable.Range(1, Key.Split(", ").Length))});";

        private static string Row(string condition, string row) => condition.Replace("f.", row + ".", StringComparison.Ordinal);

        private string KeyValues(string row, bool named)
        {
            var values = new List<string> { $"{row}.Type" };
            if (ByStageAndKind)
            {
                values.Add($"coalesce({row}.Stage, '')");
                values.Add($"coalesce({row}.Kind, '')");
            }

            values.AddRange([$"{row}.District", $"coalesce({row}.Year, 0)", $"coalesce({row}.Quarter, 0)", $"coalesce({row}.Month, 0)"]);
            return string.Join(", ", named ? values.Zip(Key.Split(", "), (value, name) => $"{value} AS {name}") : values);
        }

        private string Add(string row) =>
            $"INSERT INTO {Table} ({Key}, {Values}) " +
            $"SELECT {Key}, {BucketStartOf}, {BucketEndOf}, C, C * A, C * P, C * Y, C * L{(KeepsAllFacts ? ", 1" : "")} FROM (SELECT {KeyValues(row, named: true)}, " +
            $"{Row(CountedBare, row)} AS C, {row}.InvestmentYuan IS NOT NULL AS A, {row}.ProjectsCounted AS P, " +
            $"coalesce({row}.InvestmentYuan, 0) AS Y, {row}.IsLowerBound AS L) WHERE true " +
            $"ON CONFLICT ({Key}) DO UPDATE SET Facts = Facts + excluded.Facts, FactsWithAmount = FactsWithAmount + excluded.FactsWithAmount, " +
            "Projects = Projects + excluded.Projects, Yuan = Yuan + excluded.Yuan, LowerBounds = LowerBounds + excluded.LowerBounds" +
            (KeepsAllFacts ? ", AllFacts = AllFacts + 1;" : ";");

        private string Subtract(string row)
        {
            var counted = Row(CountedBare, row);
            return $"UPDATE {Table} SET Facts = Facts - {counted}, " +
                $"FactsWithAmount = FactsWithAmount - {counted} * ({row}.InvestmentYuan IS NOT NULL), " +
                $"Projects = Projects - {counted} * {row}.ProjectsCounted, Yuan = Yuan - {counted} * coalesce({row}.InvestmentYuan, 0), " +
                $"LowerBounds = LowerBounds - {counted} * {row}.IsLowerBound{(KeepsAllFacts ? ", AllFacts = AllFacts - 1" : "")} " +
                $"WHERE ({Key}) = ({KeyValues(row, named: false)});";
        }
    }
}
