using System.Linq.Expressions;
using System.Reflection;
using Metrics.Facts;
using Metrics.Storage;

namespace Metrics.Queries;

/// <summary>The one projection of a stored fact into a <see cref="FactRow"/>, translated to SQL.</summary>
internal static class FactRowProjection
{
    public static readonly Expression<Func<Fact, FactRow>> FromFact = WithEveryField(f => new FactRow
    {
        Id = f.Id,
        Type = f.Type,
        District = f.District,
        Precision = f.Precision,
        Status = f.Status,
        Confidence = f.Confidence,
        Sources = f.Mentions
            .OrderBy(m => m.Article.Published).ThenBy(m => m.ArticleId)
            .Select(m => new FactSource(
                m.ArticleId,
                // An untitled article is named by its first heading, as in the article list.
                ArticleHeadline.Of(m.Article.Title, m.Article.Title == null ? m.Article.Text.Substring(0, ArticleHeadline.LeadLength) : "", ""),
                m.Article.Publisher, m.Article.Published, m.Article.Url, m.Evidence, m.EvidenceStart, m.EvidenceLength))
            .ToList(),
    });

    // Adds "Field = f.Field" for every field of FactFields the written part leaves out, so that a new field needs no line here.
    private static Expression<Func<Fact, FactRow>> WithEveryField(Expression<Func<Fact, FactRow>> written)
    {
        var init = (MemberInitExpression)written.Body;
        var fact = written.Parameters[0];
        var bound = init.Bindings.Select(b => b.Member.Name).ToHashSet();
        var rest = typeof(FactFields).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !bound.Contains(p.Name))
            .Select(p => Expression.Bind(p, Expression.Property(fact, p)));
        return Expression.Lambda<Func<Fact, FactRow>>(Expression.MemberInit(init.NewExpression, [.. init.Bindings, .. rest]), fact);
    }
}
