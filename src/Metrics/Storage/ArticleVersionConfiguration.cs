using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> builder)
    {
        builder.ToTable("ArticleVersions");
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(12);
        builder.Property(v => v.SourceName).HasMaxLength(400);
        builder.Property(v => v.Title).HasMaxLength(1000);
        builder.Property(v => v.Url).HasMaxLength(2000);
        builder.Property(v => v.Publisher).HasMaxLength(200);
        builder.Property(v => v.PublishedSource).HasMaxLength(20);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.HeldReason).HasMaxLength(200);
        builder.Property(v => v.DecidedBy).HasMaxLength(100);
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ArticleId, v.ContentHash });
        builder.HasIndex(v => v.State);
    }
}
