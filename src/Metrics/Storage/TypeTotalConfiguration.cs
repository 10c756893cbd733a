using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

/// <summary>
/// The table only. The <c>TypeTotals</c> migration creates it WITHOUT ROWID, its key in the order a
/// series groups by, and the triggers that fill it (<see cref="FactTotalTriggers"/>).
/// </summary>
internal sealed class TypeTotalConfiguration : IEntityTypeConfiguration<TypeTotal>
{
    public void Configure(EntityTypeBuilder<TypeTotal> builder)
    {
        builder.ToTable("TypeTotals");
        builder.HasKey(t => new { t.Type, t.District, t.Year, t.Month, t.Quarter });
        builder.Property(t => t.Type).HasMaxLength(20);
        builder.Property(t => t.District).HasMaxLength(40);
    }
}
