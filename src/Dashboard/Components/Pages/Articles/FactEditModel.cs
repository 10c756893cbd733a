using System.Reflection;
using Metrics.Extraction.Facts;
using Metrics.Facts;

namespace Dashboard.Components.Pages.Articles;

/// <summary>
/// The editor's form: the fact's fields, which the form binds one to one (<see cref="Fields"/>), and
/// the inputs that differ from a stored field: amounts in a chosen unit, project names as one 、-separated line.
/// </summary>
public sealed class FactEditModel
{
    // Every text field, a new one's included: trimmed, and blank is none where the field may be none.
    private static readonly (PropertyInfo Property, bool MayBeNone)[] TextFields = [.. typeof(FactFields).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
        .Select(p => (p, new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable))];

    /// <summary>A new project event, to be given its values.</summary>
    public FactEditModel()
        : this(new FactFields { Type = FactType.ProjectEvent, District = "", Scope = FactScope.Event })
    {
    }

    private FactEditModel(FactFields fields)
    {
        Fields = fields;
        Projects = string.Join("、", fields.Projects);
    }

    /// <summary>The values as typed, bound by the form.</summary>
    public FactFields Fields { get; }

    /// <summary>The unit the amount fields below are typed in (亿元 unless chosen otherwise).</summary>
    public MoneyUnit Unit { get; set; } = MoneyUnit.Yi;

    /// <summary><see cref="FactFields.InvestmentYuan"/> in <see cref="Unit"/>.</summary>
    public decimal? Investment
    {
        get => MoneyUnits.ToUnit(Fields.InvestmentYuan, Unit);
        set => Fields.InvestmentYuan = MoneyUnits.ToYuan(value, Unit);
    }

    /// <summary><see cref="FactFields.InvestmentYuanMax"/> in <see cref="Unit"/>.</summary>
    public decimal? InvestmentMax
    {
        get => MoneyUnits.ToUnit(Fields.InvestmentYuanMax, Unit);
        set => Fields.InvestmentYuanMax = MoneyUnits.ToYuan(value, Unit);
    }

    /// <summary><see cref="FactFields.PlannedThisYearYuan"/> in <see cref="Unit"/>.</summary>
    public decimal? PlannedThisYear
    {
        get => MoneyUnits.ToUnit(Fields.PlannedThisYearYuan, Unit);
        set => Fields.PlannedThisYearYuan = MoneyUnits.ToYuan(value, Unit);
    }

    public string? Projects { get; set; }

    /// <summary>A form holding a copy of <paramref name="values"/>.</summary>
    public static FactEditModel From(FactFields values) => new(values.Fields());

    public FactFields ToValues()
    {
        var values = Fields.Fields();
        foreach (var (property, mayBeNone) in TextFields)
        {
            var text = ((string?)property.GetValue(values))?.Trim();
            property.SetValue(values, mayBeNone && string.IsNullOrEmpty(text) ? null : text ?? "");
        }

        values.Projects = (Projects ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return values;
    }
}
