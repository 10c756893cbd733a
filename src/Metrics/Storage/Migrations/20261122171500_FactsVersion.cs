using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <summary>The <see cref="Storage.FactsVersion"/> counter and its triggers; no change to the model.</summary>
    [DbContext(typeof(MetricsDbContext))]
    [Migration("20261122171500_FactsVersion")]
    public partial class FactsVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Storage.FactsVersion.Create)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Storage.FactsVersion.Drop)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
