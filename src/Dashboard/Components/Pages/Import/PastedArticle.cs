namespace Dashboard.Components.Pages.Import;

/// <summary>The fields of the paste form.</summary>
internal sealed class PastedArticle
{
    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Text { get; set; }
}
