using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Metrics.Storage;

internal sealed class FactMentionConfiguration : IEntityTypeConfiguration<FactMention>
{
    public void Configure(EntityTypeBuilder<FactMention> builder)
    {
        builder.ToTable("FactMentions");
        builder.Property(m => m.Signature).HasMaxLength(400);
        builder.HasOne(m => m.Article).WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ArticleId);
        builder.HasIndex(m => m.FactId);
    }
}
