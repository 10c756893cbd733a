namespace Metrics.Gazetteer;

/// <summary>
/// Signals of where a text is about: how often it names Nantong places and leaders, and how
/// often places outside Nantong, by region (北京, 苏州, 上海, …).
/// </summary>
/// <param name="NantongMentions">Mentions that resolve to a Nantong district (city included).</param>
/// <param name="OutsideMentionsByRegion">Mentions outside Nantong, counted per region.</param>
public sealed record NantongContext(int NantongMentions, IReadOnlyDictionary<string, int> OutsideMentionsByRegion)
{
    /// <summary>All mentions outside Nantong.</summary>
    public int OutsideMentions => OutsideMentionsByRegion.Values.Sum();

    /// <summary>
    /// True when the text names Nantong at least once and at least as often as any single
    /// outside region: a 苏州 delegation visiting 海安 is still Nantong news, Beijing's 通州区
    /// news is not.
    /// </summary>
    public bool IsNantong =>
        NantongMentions > 0 && NantongMentions >= OutsideMentionsByRegion.Values.DefaultIfEmpty(0).Max();
}
