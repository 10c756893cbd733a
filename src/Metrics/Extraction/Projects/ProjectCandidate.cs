using Metrics.Extraction.Dates;
using Metrics.Extraction.Numbers;
using Metrics.Facts;

namespace Metrics.Extraction.Projects;

/// <summary>A project event being assembled from one sentence, before merging and batch linking.</summary>
internal sealed class ProjectCandidate
{
    public required ProjectStage Stage { get; set; }

    public required int Position { get; init; }

    public required int SentenceIndex { get; init; }

    public required int EvidenceStart { get; set; }

    public required int EvidenceLength { get; set; }

    public DateMention? Date { get; set; }

    /// <summary>The date was written in the fact's own sentence, not carried from an earlier one (a page stamp, a headline).</summary>
    public bool DateInSentence { get; set; }

    /// <summary>The date came from the fact's own paragraph (a story's lead), not from a page stamp or an earlier story.</summary>
    public bool DateInParagraph { get; set; }

    /// <summary>How close the date was written: 2 in the sentence, 1 in the paragraph, 0 elsewhere.</summary>
    public int DateNearness => DateInSentence ? 2 : DateInParagraph ? 1 : 0;

    public string? District { get; set; }

    public FactScope Scope { get; set; }

    public CountMention? Count { get; set; }

    public MoneyMention? Amount { get; set; }

    public MoneyMention? Planned { get; set; }

    /// <summary>The sentence naming the one project this candidate's anaphor (该项目…签约) goes on about, else null.</summary>
    public int? StorySentence { get; init; }

    /// <summary>A dated step (,6月开工建设) of the chronology of the one project its sentence opens by naming.</summary>
    public bool IsChronologyStep { get; init; }

    public bool MemberOfBatch { get; set; }

    /// <summary>No count given, but the text says a batch (集中开工, 一批): the count stays unknown rather than 1.</summary>
    public bool IsUncountedBatch { get; set; }

    /// <summary>Named in the idiom 当年签约、当年开工 (一个或几个企业, no project word): how many projects is not said.</summary>
    public bool IsIdiomPair { get; init; }

    /// <summary>The text names the project but gives it no figures (集中开工暨康源电路开工仪式): how many is not said.</summary>
    public bool CountUnstated { get; set; }

    /// <summary>How many named projects the stage word's subject lists, each with its own amount (see <see cref="NamedProjectLists"/>), else null.</summary>
    public int? ListedProjects { get; set; }

    public int? ProjectCount =>
        Count is { } count ? (int)count.Value : ListedProjects is { } listed ? listed : IsUncountedBatch || IsIdiomPair || CountUnstated || Stage == ProjectStage.Opened ? null : 1;

    /// <summary>The words around the stage word mark one occasion (此次, 集中开工, 仪式, 当天).</summary>
    public bool IsEventMarked { get; init; }

    public bool IsBatch => Count is { Value: >= 2 } || ListedProjects >= 2;

    /// <summary>
    /// Another fact of the same report, at its own count and amount: a parallel class
    /// (…外资项目52个) or a currency row (外资项目4个,总投资2.3亿美元).
    /// </summary>
    public ProjectCandidate Sibling(CountMention count, MoneyMention? amount) => new()
    {
        Stage = Stage,
        Position = count.Start,
        SentenceIndex = SentenceIndex,
        EvidenceStart = EvidenceStart,
        EvidenceLength = EvidenceLength,
        Date = Date,
        DateInSentence = DateInSentence,
        DateInParagraph = DateInParagraph,
        District = District,
        Scope = Scope,
        IsEventMarked = IsEventMarked,
        Count = count,
        Amount = amount,
    };
}
