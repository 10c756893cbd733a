namespace Metrics.Storage;

/// <summary>
/// PostgreSQL's versions of <see cref="FactTotalTriggers"/> and <see cref="DataVersionTriggers"/>,
/// in PL/pgSQL: the same totals (one row per type, stage or kind, district and bucket in
/// <c>FactTotals</c>, per type, district and bucket in <c>TypeTotals</c>) and the same counter.
/// One row trigger on <c>Facts</c> moves both totals tables; the counter moves once per statement,
/// before it writes, so that every writing transaction takes the counter's row lock first: writers
/// then queue in one order and never deadlock on the totals rows they share. The PostgreSQL
/// migration <c>Initial</c> runs <see cref="Create"/>: change this SQL only with a new migration.
/// </summary>
public static class PostgreSqlTriggers
{
    private static readonly string[] VersionedTables = ["Articles", "Facts", "FactMentions"];

    // Unquoted, so folded to lower case: DataVersionTriggers.Read and Bump read the same words on both engines.
    private const string VersionTable =
        "CREATE TABLE IF NOT EXISTS DataVersion (Id integer NOT NULL PRIMARY KEY CHECK (Id = 1), Version bigint NOT NULL);";

    private const string ReadColumns =
        "\"Type\", \"Stage\", \"Kind\", \"District\", \"Year\", \"Quarter\", \"Month\", \"Status\", \"Scope\", \"MemberOfBatch\", " +
        "\"InvestmentYuan\", \"ProjectsCounted\", \"IsLowerBound\"";

    /// <summary>The counter, both totals functions and their triggers, the totals filled from the facts.</summary>
    public static IEnumerable<string> Create =>
    [
        VersionTable,
        "INSERT INTO DataVersion (Id, Version) VALUES (1, 1) ON CONFLICT DO NOTHING;",
        BumpFunction,
        .. CreateVersionTriggers,
        TotalsFunction,
        .. Rebuild,
    ];

    /// <summary>Drops the triggers, functions and the counter.</summary>
    public static IEnumerable<string> DropAll =>
    [
        .. DropTotalsTrigger,
        .. DropVersionTriggers,
        "DROP FUNCTION IF EXISTS facts_totals();",
        "DROP FUNCTION IF EXISTS bump_data_version();",
        "DROP TABLE IF EXISTS DataVersion;",
    ];

    /// <summary>The totals trigger alone; a bulk load may drop it, insert, and then <see cref="Rebuild"/>.</summary>
    public static string[] DropTotalsTrigger => ["DROP TRIGGER IF EXISTS \"Facts_Totals\" ON \"Facts\";"];

    /// <summary>Empties both totals tables, fills them from the facts and (re-)creates the totals trigger.</summary>
    public static IEnumerable<string> Rebuild =>
    [
        .. DropTotalsTrigger,
        "DELETE FROM \"FactTotals\";",
        "DELETE FROM \"TypeTotals\";",
        Backfill("FactTotals", byStageAndKind: true),
        Backfill("TypeTotals", byStageAndKind: false),
        $"CREATE TRIGGER \"Facts_Totals\" AFTER INSERT OR DELETE OR UPDATE OF {ReadColumns} ON \"Facts\" FOR EACH ROW EXECUTE FUNCTION facts_totals();",
    ];

    /// <summary>The counter's triggers alone (a bulk load may drop them, insert, re-create them and bump once).</summary>
    public static IEnumerable<string> CreateVersionTriggers =>
        VersionedTables.Select(table =>
            $"CREATE OR REPLACE TRIGGER \"{table}_DataVersion\" BEFORE INSERT OR UPDATE OR DELETE ON \"{table}\" " +
            "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();");

    /// <summary>Drops the counter's triggers alone.</summary>
    public static IEnumerable<string> DropVersionTriggers =>
        VersionedTables.Select(table => $"DROP TRIGGER IF EXISTS \"{table}_DataVersion\" ON \"{table}\";");

    private const string BumpFunction =
        "CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ " +
        "BEGIN UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1; RETURN NULL; END $$;";

    // Listed: not rejected, placed in a district. Counted (1): meetings, and project events of scope
    // = event that are no batch member. The bucket's first and last day from Year/Quarter/Month.
    private const string TotalsFunction = """
        CREATE OR REPLACE FUNCTION facts_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          r record;
          sign integer;
          c integer;
          y integer; q integer; m integer;
          bucket_start date; bucket_end date;
        BEGIN
          FOR i IN 1..2 LOOP
            IF i = 1 THEN
              CONTINUE WHEN TG_OP = 'INSERT';
              r := OLD; sign := -1;
            ELSE
              CONTINUE WHEN TG_OP = 'DELETE';
              r := NEW; sign := 1;
            END IF;
            CONTINUE WHEN r."Status" = 'Rejected' OR r."District" = '';
            c := CASE WHEN r."Type" = 'Meeting' OR (r."Scope" = 'Event' AND NOT r."MemberOfBatch") THEN 1 ELSE 0 END;
            y := coalesce(r."Year", 0); q := coalesce(r."Quarter", 0); m := coalesce(r."Month", 0);
            bucket_start := CASE WHEN y = 0 THEN NULL WHEN m > 0 THEN make_date(y, m, 1)
              WHEN q > 0 THEN make_date(y, q * 3 - 2, 1) ELSE make_date(y, 1, 1) END;
            bucket_end := CASE WHEN y = 0 THEN NULL WHEN m > 0 THEN (bucket_start + interval '1 month' - interval '1 day')::date
              WHEN q > 0 THEN (bucket_start + interval '3 months' - interval '1 day')::date ELSE make_date(y, 12, 31) END;
            INSERT INTO "FactTotals" ("Type", "Stage", "Kind", "District", "Year", "Quarter", "Month", "BucketStart", "BucketEnd",
                "Facts", "FactsWithAmount", "Projects", "Yuan", "LowerBounds", "AllFacts")
              VALUES (r."Type", coalesce(r."Stage", ''), coalesce(r."Kind", ''), r."District", y, q, m, bucket_start, bucket_end,
                sign * c, sign * c * (r."InvestmentYuan" IS NOT NULL)::integer, sign * c * r."ProjectsCounted",
                sign * c * coalesce(r."InvestmentYuan", 0), sign * c * r."IsLowerBound"::integer, sign)
              ON CONFLICT ("Type", "Stage", "Kind", "District", "Year", "Quarter", "Month") DO UPDATE SET
                "Facts" = "FactTotals"."Facts" + excluded."Facts", "FactsWithAmount" = "FactTotals"."FactsWithAmount" + excluded."FactsWithAmount",
                "Projects" = "FactTotals"."Projects" + excluded."Projects", "Yuan" = "FactTotals"."Yuan" + excluded."Yuan",
                "LowerBounds" = "FactTotals"."LowerBounds" + excluded."LowerBounds", "AllFacts" = "FactTotals"."AllFacts" + excluded."AllFacts";
            INSERT INTO "TypeTotals" ("Type", "District", "Year", "Quarter", "Month", "BucketStart", "BucketEnd",
                "Facts", "FactsWithAmount", "Projects", "Yuan", "LowerBounds", "AllFacts")
              VALUES (r."Type", r."District", y, q, m, bucket_start, bucket_end,
                sign * c, sign * c * (r."InvestmentYuan" IS NOT NULL)::integer, sign * c * r."ProjectsCounted",
                sign * c * coalesce(r."InvestmentYuan", 0), sign * c * r."IsLowerBound"::integer, sign)
              ON CONFLICT ("Type", "District", "Year", "Month", "Quarter") DO UPDATE SET
                "Facts" = "TypeTotals"."Facts" + excluded."Facts", "FactsWithAmount" = "TypeTotals"."FactsWithAmount" + excluded."FactsWithAmount",
                "Projects" = "TypeTotals"."Projects" + excluded."Projects", "Yuan" = "TypeTotals"."Yuan" + excluded."Yuan",
                "LowerBounds" = "TypeTotals"."LowerBounds" + excluded."LowerBounds", "AllFacts" = "TypeTotals"."AllFacts" + excluded."AllFacts";
          END LOOP;
          RETURN NULL;
        END $$;
        """;

    private static string Backfill(string table, bool byStageAndKind)
    {
        var stageAndKind = byStageAndKind ? "coalesce(f.\"Stage\", '') AS \"Stage\", coalesce(f.\"Kind\", '') AS \"Kind\", " : "";
        var keyColumns = byStageAndKind
            ? "\"Type\", \"Stage\", \"Kind\", \"District\", \"Year\", \"Quarter\", \"Month\""
            : "\"Type\", \"District\", \"Year\", \"Quarter\", \"Month\"";
        return $"""
            INSERT INTO "{table}" ({keyColumns}, "BucketStart", "BucketEnd", "Facts", "FactsWithAmount", "Projects", "Yuan", "LowerBounds", "AllFacts")
            SELECT {keyColumns},
              CASE WHEN "Year" = 0 THEN NULL WHEN "Month" > 0 THEN make_date("Year", "Month", 1)
                WHEN "Quarter" > 0 THEN make_date("Year", "Quarter" * 3 - 2, 1) ELSE make_date("Year", 1, 1) END,
              CASE WHEN "Year" = 0 THEN NULL WHEN "Month" > 0 THEN (make_date("Year", "Month", 1) + interval '1 month' - interval '1 day')::date
                WHEN "Quarter" > 0 THEN (make_date("Year", "Quarter" * 3 - 2, 1) + interval '3 months' - interval '1 day')::date
                ELSE make_date("Year", 12, 31) END,
              "Facts", "FactsWithAmount", "Projects", "Yuan", "LowerBounds", "AllFacts"
            FROM (
              SELECT f."Type", {stageAndKind}f."District", coalesce(f."Year", 0) AS "Year", coalesce(f."Quarter", 0) AS "Quarter",
                coalesce(f."Month", 0) AS "Month",
                sum(f.c) AS "Facts", sum(f.c * (f."InvestmentYuan" IS NOT NULL)::integer) AS "FactsWithAmount",
                sum(f.c * f."ProjectsCounted") AS "Projects", sum(f.c * coalesce(f."InvestmentYuan", 0)) AS "Yuan",
                sum(f.c * f."IsLowerBound"::integer) AS "LowerBounds", count(*) AS "AllFacts"
              FROM (SELECT *, CASE WHEN "Type" = 'Meeting' OR ("Scope" = 'Event' AND NOT "MemberOfBatch") THEN 1 ELSE 0 END AS c
                    FROM "Facts" WHERE "Status" <> 'Rejected' AND "District" <> '') AS f
              GROUP BY 1, 2, 3, 4, 5{(byStageAndKind ? ", 6, 7" : "")}
            ) AS totals;
            """;
    }
}
