namespace Metrics.Ingest;

/// <summary>Where an article's publication date came from, strongest first in precedence order
/// <see cref="Override"/>, <see cref="Sidecar"/>, then the file itself
/// (<see cref="FrontMatter"/> or <see cref="HtmlMeta"/>), then <see cref="Text"/>.</summary>
public enum PublishedDateSource
{
    /// <summary>No publication date was found.</summary>
    None,

    /// <summary>Given beside the text: a <c>&lt;name&gt;.meta.json</c> sidecar, or the fields of an API post.</summary>
    Sidecar,

    /// <summary>The <c>date</c> of a Jekyll-style <c>---</c> front matter.</summary>
    FrontMatter,

    /// <summary>A <c>&lt;meta&gt;</c> tag of an HTML page, such as <c>article:published_time</c>.</summary>
    HtmlMeta,

    /// <summary>A labelled date or a date-time stamp line near the top of the text (<c>发布时间:2020-03-31</c>).</summary>
    Text,

    /// <summary>The caller's <see cref="IngestOptions.PublishedOverride"/> (the <c>--published</c> option).</summary>
    Override,
}
