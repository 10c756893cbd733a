using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <summary>
    /// Facts without a district (<see cref="Metrics.Facts.FactFields.NoDistrict"/>) are stored for staff to place: the
    /// <c>FactTotals</c> triggers leave them out, and the totals are rebuilt under the new rule
    /// (<see cref="FactTotalTriggers"/>). The EF model does not change.
    /// </summary>
    [DbContext(typeof(MetricsDbContext))]
    [Migration("20261122191500_NoDistrictUncounted")]
    public partial class NoDistrictUncounted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in FactTotalTriggers.RebuildBeforeTypeTotals)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in FactTotalTriggers.RebuildBeforeNoDistrict)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
