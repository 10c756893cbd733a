using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Metrics.Storage.Migrations
{
    /// <summary>
    /// The <c>DataVersion</c> counter kept by triggers (<see cref="DataVersionTriggers"/>). It is
    /// not part of the EF model, so the model snapshot does not change.
    /// </summary>
    [DbContext(typeof(MetricsDbContext))]
    [Migration("20261122170000_DataVersion")]
    public partial class DataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in DataVersionTriggers.Create)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in DataVersionTriggers.Drop)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
