using System.Reflection;

namespace Metrics.Gazetteer;

/// <summary>
/// A tab-separated table embedded in the assembly: the first line names the columns, blank
/// lines and lines starting with <c>#</c> are skipped. Cells are looked up by column name so
/// that a column can be added to a data file without touching the code that reads the others.
/// </summary>
internal sealed class TsvTable
{
    private TsvTable(string name, string[] header, IReadOnlyList<TsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    /// <summary>Reads <c>Metrics.Gazetteer.&lt;fileName&gt;</c> from this assembly.</summary>
    public static TsvTable ReadResource(string fileName)
    {
        var resource = "Metrics.Gazetteer." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded gazetteer table '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(fileName, reader.ReadToEnd());
    }

    public static TsvTable Parse(string name, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        string[]? header = null;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<TsvRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                for (var c = 0; c < cells.Length; c++)
                {
                    columns[cells[c]] = c;
                }

                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new FormatException($"{name}:{i + 1}: {cells.Length} cells, but the header has {header.Length}.");
            }

            rows.Add(new TsvRow(name, i + 1, cells, columns));
        }

        if (header is null)
        {
            throw new FormatException($"{name}: no header line.");
        }

        return new TsvTable(name, header, rows);
    }
}

/// <summary>One data line of a <see cref="TsvTable"/>.</summary>
internal sealed class TsvRow(string table, int lineNumber, string[] cells, IReadOnlyDictionary<string, int> columns)
{
    public int LineNumber => lineNumber;

    /// <summary>The cell of a column that must be filled in.</summary>
    public string Required(string column) =>
        Optional(column) ?? throw Error($"column '{column}' is empty");

    /// <summary>The cell of a column, or null when the column is absent or the cell empty.</summary>
    public string? Optional(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= cells.Length)
        {
            return null;
        }

        var value = cells[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public FormatException Error(string message) => new($"{table}:{lineNumber}: {message}.");
}
