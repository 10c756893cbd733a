using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class AdminAccountConfiguration : IEntityTypeConfiguration<AdminAccount>
{
    public void Configure(EntityTypeBuilder<AdminAccount> builder)
    {
        builder.ToTable("AdminAccounts");
        builder.Property(a => a.UserName).HasMaxLength(50);
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.HasIndex(a => a.UserName).IsUnique();
    }
}
