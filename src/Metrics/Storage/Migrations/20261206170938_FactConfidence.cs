using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <inheritdoc />
    public partial class FactConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Facts",
                type: "REAL",
                nullable: false,
                // Facts stored before confidence was kept came from an extractor that gave every fact 1.
                defaultValue: 1.0);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Status_Type_PeriodStart",
                table: "Facts",
                columns: new[] { "Status", "Type", "PeriodStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_Status_Type_PeriodStart",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Facts");
        }
    }
}
