using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <summary>
    /// <c>TypeTotals</c> (the totals over every stage and kind, WITHOUT ROWID, keyed in the order a
    /// series groups by) and an <c>AllFacts</c> count in both totals tables (the facts list's total),
    /// both filled by the triggers of <see cref="FactTotalTriggers"/>, which now fire on an update
    /// only when it sets a column they read; a partial index for the reported totals in place of the
    /// (Scope, Type) index. The totals are rebuilt from the facts.
    /// </summary>
    public partial class TypeTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_Scope_Type",
                table: "Facts");

            migrationBuilder.AddColumn<int>(
                name: "AllFacts",
                table: "FactTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // EF Core cannot say WITHOUT ROWID: the table in SQL, as the model describes it.
            migrationBuilder.Sql(
                "CREATE TABLE \"TypeTotals\" (" +
                "\"Type\" TEXT NOT NULL, \"District\" TEXT NOT NULL, \"Year\" INTEGER NOT NULL, \"Quarter\" INTEGER NOT NULL, \"Month\" INTEGER NOT NULL, " +
                "\"BucketStart\" TEXT NULL, \"BucketEnd\" TEXT NULL, \"Facts\" INTEGER NOT NULL, \"FactsWithAmount\" INTEGER NOT NULL, " +
                "\"Projects\" INTEGER NOT NULL, \"Yuan\" INTEGER NOT NULL, \"LowerBounds\" INTEGER NOT NULL, \"AllFacts\" INTEGER NOT NULL, " +
                "CONSTRAINT \"PK_TypeTotals\" PRIMARY KEY (\"Type\", \"District\", \"Year\", \"Month\", \"Quarter\")) WITHOUT ROWID;");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Reported",
                table: "Facts",
                columns: new[] { "Scope", "Type", "District", "PeriodStart", "PeriodEnd", "Status", "Date", "Stage", "ProjectCount", "InvestmentYuan", "IsLowerBound" },
                filter: "\"Scope\" = 'Period'");

            foreach (var statement in FactTotalTriggers.Rebuild)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in FactTotalTriggers.Drop)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "TypeTotals");

            migrationBuilder.DropIndex(
                name: "IX_Facts_Reported",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "AllFacts",
                table: "FactTotals");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Scope_Type",
                table: "Facts",
                columns: new[] { "Scope", "Type" });

            foreach (var statement in FactTotalTriggers.RebuildBeforeTypeTotals)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
