using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> builder)
    {
        builder.ToTable("Facts");
        // Every enum, a new field's included, is stored by its name.
        foreach (var property in typeof(Fact).GetProperties().Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum))
        {
            builder.Property(property.Name).HasConversion<string>();
        }

        builder.Property(f => f.Type).HasMaxLength(20);
        builder.Property(f => f.District).HasMaxLength(40);
        builder.Property(f => f.Date).HasMaxLength(10);
        builder.Property(f => f.Precision).HasMaxLength(10);
        builder.Property(f => f.Kind).HasMaxLength(30);
        builder.Property(f => f.Chair).HasMaxLength(40);
        builder.Property(f => f.Stage).HasMaxLength(20);
        builder.Property(f => f.Scope).HasMaxLength(10);
        builder.Property(f => f.Qualifier).HasMaxLength(10);
        builder.Property(f => f.InvestmentOriginal).HasMaxLength(100);
        builder.Property(f => f.Status).HasMaxLength(10);

        // Series read FactTotals (kept by triggers); these serve the drill-down, day-exact ranges,
        // reported totals and finding the canonical fact a new report belongs to.
        builder.HasIndex(f => new { f.Type, f.PeriodStart });
        // Reported totals (scope = period, a few in a thousand facts) read from this index alone; Scope
        // and Type lead so that SQLite prefers it to the district index when a district is asked for.
        builder.HasIndex(f => new
            {
                f.Scope, f.Type, f.District, f.PeriodStart, f.PeriodEnd, f.Status, f.Date, f.Stage, f.ProjectCount, f.InvestmentYuan, f.IsLowerBound,
            }, "IX_Facts_Reported")
            .HasFilter("\"Scope\" = 'Period'");
        builder.HasIndex(f => new { f.District, f.Type, f.PeriodStart });
        // The facts list pages latest first over every fact.
        builder.HasIndex(f => new { f.PeriodStart, f.Id });
        // reviewed=only and every series' reviewedShare read the (few) reviewed facts from here.
        builder.HasIndex(f => new { f.Status, f.Type, f.PeriodStart });
        builder.HasMany(f => f.Mentions).WithOne(m => m.Fact).HasForeignKey(m => m.FactId).OnDelete(DeleteBehavior.Cascade);
    }
}
