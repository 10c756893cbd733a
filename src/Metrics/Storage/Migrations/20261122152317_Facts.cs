using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Metrics.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Facts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OfficialNames = table.Column<string>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Facts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ProjectCount = table.Column<int>(type: "INTEGER", nullable: true),
                    InvestmentYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    InvestmentYuanMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InvestmentOriginal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannedThisYearYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    Projects = table.Column<string>(type: "TEXT", nullable: false),
                    MemberOfBatch = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProjectsCounted = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLowerBound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceLength = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtractedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactMentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FactMentions_Facts_FactId",
                        column: x => x.FactId,
                        principalTable: "Facts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Districts",
                columns: new[] { "Name", "Aliases", "Code", "Kind", "OfficialNames", "SuccessorName", "ValidFrom", "ValidUntil" },
                values: new object[,]
                {
                    { "南通创新区", "", "32069003", "FunctionalZone", "南通创新区", null, null, null },
                    { "南通市", "南通", "3206", "City", "南通市", null, null, null },
                    { "南通经济技术开发区", "", "320671", "FunctionalZone", "南通经济技术开发区", null, null, null },
                    { "启东市", "启东", "320681", "County", "启东市", null, null, null },
                    { "如东县", "如东", "320623", "County", "如东县", null, null, null },
                    { "如皋市", "如皋", "320682", "County", "如皋市", null, null, null },
                    { "崇川区", "崇川", "320613", "County", "崇川区", null, null, null },
                    { "海安市", "海安", "320685", "County", "海安市、海安县", null, null, null },
                    { "海门区", "海门", "320614", "County", "海门区、海门市", null, null, null },
                    { "港闸区", "港闸", "320611", "County", "港闸区", "崇川区", null, new DateOnly(2020, 7, 27) },
                    { "苏锡通科技产业园区", "", "32069002", "FunctionalZone", "苏锡通科技产业园区", null, null, null },
                    { "通州区", "通州", "320612", "County", "通州区", null, null, null },
                    { "通州湾示范区", "", "32069001", "FunctionalZone", "通州湾示范区", null, null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactMentions_ArticleId",
                table: "FactMentions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_FactMentions_FactId",
                table: "FactMentions",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_District_Type_PeriodStart",
                table: "Facts",
                columns: new[] { "District", "Type", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Series",
                table: "Facts",
                columns: new[] { "Type", "Status", "District", "Year", "Month", "Quarter", "PeriodStart", "PeriodEnd", "Scope", "MemberOfBatch", "Stage", "Kind", "ProjectsCounted", "InvestmentYuan", "IsLowerBound" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "FactMentions");

            migrationBuilder.DropTable(
                name: "Facts");
        }
    }
}
