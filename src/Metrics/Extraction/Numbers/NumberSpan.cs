namespace Metrics.Extraction.Numbers;

/// <summary>How precisely a numeral names its value.</summary>
public enum NumberSpan
{
    /// <summary>One value: "83.2", "一千二百", "二〇二三".</summary>
    Exact,

    /// <summary>A closed pair of neighbouring digits, [a, b]: "两三" → [2, 3], "七八千" → [7000, 8000].</summary>
    Range,

    /// <summary>An open span from 多/余/几 after a number, (a, b): "1000多" → (1000, 2000), "十几" → (10, 20).</summary>
    OpenSpan,

    /// <summary>A vague "several" from 数/几 before a place, [a, b): "数十" → [10, 100), "几百万" → [1e6, 1e7).</summary>
    VagueSpan,
}
