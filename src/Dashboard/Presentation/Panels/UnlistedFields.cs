using System.Linq.Expressions;
using System.Reflection;
using Dashboard.Presentation.Words;
using Metrics.Export;
using Metrics.Facts;

namespace Dashboard.Presentation.Panels;

/// <summary>
/// The fact fields that <c>rows=facts</c> does not list by hand: each gets a column, headed by
/// its Chinese name (<see cref="FactFieldWords"/>), so that a new field is exported without a line here.
/// </summary>
internal static class UnlistedFields
{
    // Shown in the table's own columns, or left out on purpose: the type is in the stage or kind
    // column, a report of a period is not counted, nor is a batch member, nor this year's plan.
    private static readonly HashSet<string> Shown =
    [
        nameof(FactFields.Type), nameof(FactFields.District), nameof(FactFields.Date), nameof(FactFields.Kind), nameof(FactFields.Chair),
        nameof(FactFields.Stage), nameof(FactFields.Scope), nameof(FactFields.ProjectCount), nameof(FactFields.InvestmentYuan),
        nameof(FactFields.InvestmentYuanMax), nameof(FactFields.Qualifier), nameof(FactFields.InvestmentOriginal),
        nameof(FactFields.PlannedThisYearYuan), nameof(FactFields.Projects), nameof(FactFields.MemberOfBatch),
    ];

    private static readonly (ExportColumn Column, Func<FactExportRow, object?> Value)[] Fields = [.. typeof(FactFields)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && !Shown.Contains(p.Name))
        .Select(p => (new ExportColumn(FactFieldWords.Label(p.Name), KindOf(p.PropertyType)), Getter(p)))];

    /// <summary>One column for each such field, in the order <see cref="FactFields"/> declares them.</summary>
    public static IEnumerable<ExportColumn> Columns => Fields.Select(f => f.Column);

    /// <summary>The row's values of <see cref="Columns"/>.</summary>
    public static IEnumerable<object?> Values(FactExportRow row) => Fields.Select(f => f.Value(row));

    private static ExportCellKind KindOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) => ExportCellKind.Number,
        var t when t == typeof(DateOnly) => ExportCellKind.Date,
        _ => ExportCellKind.Text,
    };

    // Built once: a field's value as a cell (是/否 for a flag, an enum by name).
    private static Func<FactExportRow, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(FactExportRow));
        var read = Expression.Lambda<Func<FactExportRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(bool) ? r => read(r) is true ? "是" : read(r) is false ? "否" : null
            : type.IsEnum ? r => read(r)?.ToString()
            : read;
    }
}
