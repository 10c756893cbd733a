using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

/// <summary>The table only; the triggers that fill it are in the <c>FactTotals</c> migration (<see cref="FactTotalTriggers"/>).</summary>
internal sealed class FactTotalConfiguration : IEntityTypeConfiguration<FactTotal>
{
    public void Configure(EntityTypeBuilder<FactTotal> builder)
    {
        builder.ToTable("FactTotals");
        builder.HasKey(t => new { t.Type, t.Stage, t.Kind, t.District, t.Year, t.Quarter, t.Month });
        builder.Property(t => t.Type).HasMaxLength(20);
        builder.Property(t => t.Stage).HasMaxLength(20);
        builder.Property(t => t.Kind).HasMaxLength(30);
        builder.Property(t => t.District).HasMaxLength(40);
    }
}
