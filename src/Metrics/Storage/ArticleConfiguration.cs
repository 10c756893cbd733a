using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.SourceName).HasMaxLength(400);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.Publisher).HasMaxLength(200);
        builder.Property(a => a.PublishedSource).HasMaxLength(20);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Url);
        builder.HasIndex(a => a.Published);
    }
}
