using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <inheritdoc />
    public partial class FactsLatestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Facts_PeriodStart_Id",
                table: "Facts",
                columns: new[] { "PeriodStart", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_PeriodStart_Id",
                table: "Facts");
        }
    }
}
