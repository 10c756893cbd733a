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
    /// True when the text names at least one Nantong place or leader. Beijing's 通州区 does not
    /// count (it is an outside mention), and outside places never outweigh a Nantong one: a
    /// 港闸区 signing held in 苏州昆山 is still Nantong news. The counts are there for finer
    /// judgement.
    /// </summary>
    public bool IsNantong => NantongMentions > 0;
}
