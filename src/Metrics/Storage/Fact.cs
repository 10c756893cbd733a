using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Metrics.Facts;

namespace Metrics.Storage;

/// <summary>
/// A canonical fact: one meeting or project event, however many articles report it
/// (<see cref="Mentions"/>). Queries count canonical facts whose status is not rejected. Its
/// fields are <see cref="FactFields"/>' (one column each, under the field's name); this adds the
/// columns derived from them, the review status and the provenance.
/// </summary>
public sealed record Fact : FactFields
{
    public Fact()
    {
    }

    /// <summary>A new fact holding <paramref name="fields"/>; the derived columns are set apart (<c>FactRecords</c>).</summary>
    [SetsRequiredMembers]
    public Fact(FactFields fields)
        : base(fields)
    {
    }

    public int Id { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>First day of <see cref="FactFields.Date"/> (2023-Q1 → 2023-01-01); null when the date is unknown.</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last day of <see cref="FactFields.Date"/> (2023-Q1 → 2023-03-31); null when the date is unknown.</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>Year of the date, for grouping in SQL; null when unknown.</summary>
    public int? Year { get; set; }

    /// <summary>Quarter 1–4 when the date is at least quarter-precise, else null.</summary>
    public int? Quarter { get; set; }

    /// <summary>Month 1–12 when the date is at least month-precise, else null.</summary>
    public int? Month { get; set; }

    /// <summary>What the projects metric adds for this fact: the count, or 1 for a named single project without one.</summary>
    public int ProjectsCounted { get; set; }

    /// <summary>True when <see cref="FactFields.InvestmentYuan"/> is only a lower bound (超百亿, or the low end of a range).</summary>
    public bool IsLowerBound { get; set; }

    public FactStatus Status { get; set; }

    /// <summary>How sure the extractor was (0 to 1); 1 for a fact a person entered or corrected.</summary>
    public double Confidence { get; set; } = 1;

    public DateTime UpdatedAtUtc { get; set; }

    public List<FactMention> Mentions { get; set; } = [];

    // An entity is itself, whatever its values: the change tracker and navigations hold it by reference.
    public bool Equals(Fact? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
