using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Metrics.Extraction.Numbers;
using Metrics.Facts;
using Metrics.Gazetteer;
using Metrics.Queries;
using Metrics.Storage;
using Microsoft.EntityFrameworkCore;

namespace Metrics.Export;

/// <summary>A fact as a <c>rows=facts</c> export shows it, with its earliest report as provenance.</summary>
/// <remarks><see cref="FactFields.District"/> is as the boundaries show it (港闸区 as 崇川区 under current boundaries).</remarks>
public sealed record FactExportRow : FactFields
{
    /// <summary>A row of <paramref name="fields"/>, to be given the rest.</summary>
    [SetsRequiredMembers]
    public FactExportRow(FactFields fields)
        : base(fields)
    {
    }

    public required int Id { get; init; }

    public required DatePrecision Precision { get; init; }

    public required FactStatus Status { get; init; }

    /// <summary>How sure the extractor was (0 to 1); 1 for a fact a person entered or corrected.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>How many articles report the fact.</summary>
    public required int Reports { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Evidence { get; init; }
}

/// <summary>
/// <c>rows=facts</c>: the canonical facts a panel counts, earliest first, each with the article that
/// reported it first (title, publisher, published date, url, evidence). Rows come from SQLite as
/// they are written, so an export of 100,000 facts starts at once.
/// </summary>
public sealed class FactExportQuery(IDbContextFactory<MetricsDbContext> contextFactory, NantongGazetteer gazetteer)
{
    /// <summary>The facts <paramref name="metric"/> counts under <paramref name="filter"/>, placed or not.</summary>
    public async IAsyncEnumerable<FactExportRow> RunAsync(Metric metric, FactFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = FactSelection.Counted(context.Facts.AsNoTracking(), metric, filter, gazetteer)
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.Id)
            .Select(f => new
            {
                Fact = f,
                Reports = f.Mentions.Count,
                Source = f.Mentions
                    .OrderBy(m => m.Article.Published).ThenBy(m => m.ArticleId)
                    .Select(m => new
                    {
                        m.Article.Title,
                        Lead = m.Article.Title == null ? m.Article.Text.Substring(0, ArticleHeadline.LeadLength) : "",
                        m.Article.Publisher,
                        m.Article.Published,
                        m.Article.Url,
                        m.Evidence,
                    })
                    .FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var f in rows.WithCancellation(cancellationToken))
        {
            yield return new FactExportRow(f.Fact)
            {
                Id = f.Fact.Id,
                District = FactSelection.ShownName(f.Fact.District, filter.Boundaries, gazetteer),
                Precision = f.Fact.Precision,
                Status = f.Fact.Status,
                Confidence = f.Fact.Confidence,
                Reports = f.Reports,
                // An untitled article is named by its first heading, as on every page that lists it.
                Title = f.Source is { } source ? ArticleHeadline.Of(source.Title, source.Lead, "") : null,
                Publisher = f.Source?.Publisher,
                Published = f.Source?.Published,
                Url = f.Source?.Url,
                Evidence = f.Source?.Evidence,
            };
        }
    }
}
