using System.Globalization;
using System.Text;

namespace Metrics.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads
/// Chinese), one header row, CRLF line ends, numbers as plain invariant numbers, dates as ISO
/// <c>yyyy-MM-dd</c>. Text that a spreadsheet would run as a formula (starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading apostrophe; numbers are never touched.
/// </summary>
public static class CsvExportWriter
{
    private const int RowsPerFlush = 2000;

    /// <summary>Writes the table to <paramref name="output"/>, flushing every few thousand rows so the caller's response streams.</summary>
    public static async Task WriteAsync(Stream output, ExportTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(Neutralise(c.Header)))));
        var rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(FormatRow(table.Columns, row));
            if (++rows % RowsPerFlush == 1)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One CSV line (without its line end).</summary>
    public static string FormatRow(IReadOnlyList<ExportColumn> columns, object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var line = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(FormatCell(i < row.Length ? row[i] : null));
        }

        return line.ToString();
    }

    /// <summary>
    /// A text cell made safe: control characters other than tab and line breaks are dropped (a
    /// terminal or a spreadsheet would act on them), and against formula injection a leading
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets an apostrophe before it.
    /// </summary>
    public static string Neutralise(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0)
        {
            text = string.Concat(text.Where(c => !char.IsControl(c) || c is '\t' or '\r' or '\n'));
        }

        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static string FormatCell(object? value) => value switch
    {
        null => "",
        string text => Quote(Neutralise(text)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        long or int or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => PlainNumber.Of(number),
        bool flag => flag ? "true" : "false",
        _ => throw new ArgumentException($"A cell of type {value.GetType().Name} cannot be exported.", nameof(value)),
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
