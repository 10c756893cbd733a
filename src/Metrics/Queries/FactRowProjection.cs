using System.Linq.Expressions;
using Metrics.Storage;

namespace Metrics.Queries;

/// <summary>The one projection of a stored fact into a <see cref="FactRow"/>, translated to SQL.</summary>
internal static class FactRowProjection
{
    public static readonly Expression<Func<Fact, FactRow>> FromFact = f => new FactRow
    {
        Id = f.Id,
        Type = f.Type,
        District = f.District,
        Date = f.Date,
        Precision = f.Precision,
        Kind = f.Kind,
        Chair = f.Chair,
        Stage = f.Stage,
        Scope = f.Scope,
        ProjectCount = f.ProjectCount,
        InvestmentYuan = f.InvestmentYuan,
        InvestmentYuanMax = f.InvestmentYuanMax,
        Qualifier = f.Qualifier,
        InvestmentOriginal = f.InvestmentOriginal,
        PlannedThisYearYuan = f.PlannedThisYearYuan,
        Projects = f.Projects,
        MemberOfBatch = f.MemberOfBatch,
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
    };
}
