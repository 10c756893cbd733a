namespace Dashboard.Components.Pages.Import;

/// <summary>Where one file or pasted text stands in an import.</summary>
internal enum ImportState
{
    Waiting,
    Reading,
    Added,
    Updated,
    Held,
    Unchanged,
    Rejected,
}

/// <summary>One line of the import's status table.</summary>
internal sealed class ImportRow(string name)
{
    public string Name { get; } = name;

    public ImportState State { get; set; } = ImportState.Waiting;

    public int? ArticleId { get; set; }

    public int? Facts { get; set; }

    /// <summary>Why the input was rejected.</summary>
    public string? Reason { get; set; }

    /// <summary>What a person should know about the stored article (no publication date, facts without date or district).</summary>
    public IReadOnlyList<string> Warnings { get; set; } = [];
}
