using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <inheritdoc />
    public partial class FactTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_Series",
                table: "Facts");

            migrationBuilder.CreateTable(
                name: "FactTotals",
                columns: table => new
                {
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    BucketStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BucketEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Facts = table.Column<int>(type: "INTEGER", nullable: false),
                    FactsWithAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    Projects = table.Column<long>(type: "INTEGER", nullable: false),
                    Yuan = table.Column<long>(type: "INTEGER", nullable: false),
                    LowerBounds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactTotals", x => new { x.Type, x.Stage, x.Kind, x.District, x.Year, x.Quarter, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Scope_Type",
                table: "Facts",
                columns: new[] { "Scope", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Type_PeriodStart",
                table: "Facts",
                columns: new[] { "Type", "PeriodStart" });

            foreach (var statement in FactTotalTriggers.RebuildBeforeNoDistrict)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in FactTotalTriggers.Drop)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.DropTable(
                name: "FactTotals");

            migrationBuilder.DropIndex(
                name: "IX_Facts_Scope_Type",
                table: "Facts");

            migrationBuilder.DropIndex(
                name: "IX_Facts_Type_PeriodStart",
                table: "Facts");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Series",
                table: "Facts",
                columns: new[] { "Type", "Status", "District", "Year", "Month", "Quarter", "PeriodStart", "PeriodEnd", "Scope", "MemberOfBatch", "Stage", "Kind", "ProjectsCounted", "InvestmentYuan", "IsLowerBound" });
        }
    }
}
