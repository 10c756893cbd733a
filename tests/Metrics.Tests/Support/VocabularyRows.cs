using Metrics.Extraction;

namespace Metrics.Tests.Support;

/// <summary>The rows of an extraction table (<c>src/Metrics/Extraction/Data/*.tsv</c>) as theory data, a column per parameter.</summary>
internal static class VocabularyRows
{
    public static TheoryData<string, string> Of(string table, string first, string second)
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in ExtractionTable.Read(table))
        {
            rows.Add(Cell(row, first), Cell(row, second));
        }

        return rows;
    }

    public static TheoryData<string, string, string> Of(string table, string first, string second, string third)
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var row in ExtractionTable.Read(table))
        {
            rows.Add(Cell(row, first), Cell(row, second), Cell(row, third));
        }

        return rows;
    }

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) => row.GetValueOrDefault(column) ?? string.Empty;
}
