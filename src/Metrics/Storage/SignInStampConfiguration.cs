using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class SignInStampConfiguration : IEntityTypeConfiguration<SignInStamp>
{
    public void Configure(EntityTypeBuilder<SignInStamp> builder)
    {
        builder.ToTable("SignInStamps");
        builder.HasKey(s => s.UserName);
        builder.Property(s => s.UserName).HasMaxLength(50);
        builder.Property(s => s.Stamp).HasMaxLength(64);
    }
}
