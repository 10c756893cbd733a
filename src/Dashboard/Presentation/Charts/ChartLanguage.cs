namespace Dashboard.Presentation.Charts;

/// <summary>The language of chart text (the <c>lang</c> query parameter): Chinese first.</summary>
public enum ChartLanguage
{
    /// <summary>Simplified Chinese (<c>lang=zh</c>, the default).</summary>
    Zh,

    /// <summary>English (<c>lang=en</c>).</summary>
    En,
}
