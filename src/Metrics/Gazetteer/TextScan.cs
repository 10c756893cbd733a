namespace Metrics.Gazetteer;

/// <summary>A leader's post found in a text, with the place written right before it, if any.</summary>
internal sealed record TitleHit(int Start, int End, LeaderTitle Title, PlaceItem? Qualifier)
{
    /// <summary>Where the post begins including its place (海门区委书记 begins at 海).</summary>
    public int ChainStart => Qualifier is null ? Start : Math.Min(Start, Qualifier.Start);
}

/// <summary>What one pass over a text found: places (chains merged) and leaders' posts.</summary>
internal sealed record TextScan(
    string Text,
    string Folded,
    DateOnly? At,
    IReadOnlyList<PlaceItem> Places,
    IReadOnlyList<TitleHit> Titles);
