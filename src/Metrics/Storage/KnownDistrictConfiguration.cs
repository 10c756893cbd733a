using Metrics.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class KnownDistrictConfiguration : IEntityTypeConfiguration<KnownDistrict>
{
    public void Configure(EntityTypeBuilder<KnownDistrict> builder)
    {
        builder.ToTable("Districts");
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(40);
        builder.Property(d => d.Code).HasMaxLength(12);
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.SuccessorName).HasMaxLength(40);
        builder.HasData(KnownDistricts.FromGazetteer(NantongGazetteer.Load()));
    }
}
