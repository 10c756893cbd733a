using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class SignInLockoutConfiguration : IEntityTypeConfiguration<SignInLockout>
{
    public void Configure(EntityTypeBuilder<SignInLockout> builder)
    {
        builder.ToTable("SignInLockouts");
        builder.HasKey(l => l.UserName);
        builder.Property(l => l.UserName).HasMaxLength(50);
    }
}
