using System.Reflection;

namespace Metrics.Extraction;

/// <summary>Reads an embedded vocabulary table <c>Extraction/Data/&lt;file&gt;</c>: tab-separated, <c>#</c> comments, a header line.</summary>
internal static class ExtractionTable
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var resource = "Metrics.Extraction." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded extraction table '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        string[]? header = null;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i].Trim() : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
