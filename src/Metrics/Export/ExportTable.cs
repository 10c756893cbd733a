namespace Metrics.Export;

/// <summary>How a column's cells are written: text, a plain number, a calendar date, or an amount (XLSX gives amounts a number format; no amount ever shows in scientific notation).</summary>
public enum ExportCellKind
{
    Text,
    Number,
    Date,

    /// <summary>Whole yuan, shown <c>#,##0</c>.</summary>
    Yuan,

    /// <summary>亿元 to at most four decimals, shown <c>#,##0.00##</c>.</summary>
    Yi,
}

/// <summary>A column of an export: its header and the kind of its cells.</summary>
public sealed record ExportColumn(string Header, ExportCellKind Kind);

/// <summary>
/// A table to export, rows produced as they are read so that large exports stream. A cell is
/// null (empty), a <see cref="string"/>, a number (<see cref="long"/>, <see cref="int"/>,
/// <see cref="double"/>, <see cref="decimal"/>) or a <see cref="DateOnly"/>, as its column's kind says.
/// </summary>
public sealed record ExportTable(IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<object?[]> Rows);

/// <summary>What a workbook's 说明 sheet states beside the data: title, filters, units, source, export time.</summary>
/// <param name="Title">What the data is (e.g. 项目投资额 · 按年).</param>
/// <param name="Lines">Label and value pairs, in order (筛选, 单位, 数据截至, 来源 …).</param>
/// <param name="ExportedAt">When the export was made, with its offset (+08:00 for Nantong).</param>
public sealed record ExportMetadata(string Title, IReadOnlyList<KeyValuePair<string, string>> Lines, DateTimeOffset ExportedAt);
