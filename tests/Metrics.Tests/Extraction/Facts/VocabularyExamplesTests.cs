using System.Reflection;
using Metrics.Extraction;
using Metrics.Extraction.Facts;
using Metrics.Tests.Support;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// The vocabulary tables are the rule book: every row carries an example sentence, and each
/// example must give the fact its row describes (as ScottPlot's cookbook recipes are its tests).
/// </summary>
public sealed class VocabularyExamplesTests
{
    public static TheoryData<string, string, string> StageWordExamples() => VocabularyRows.Of("stage-words.tsv", "word", "stage", "example");

    public static TheoryData<string, string, string> MeetingNameExamples() => VocabularyRows.Of("meeting-names.tsv", "cue", "kind", "example");

    [Theory]
    [MemberData(nameof(StageWordExamples))]
    public void EveryStageWordExampleGivesAnEventOfItsStage(string word, string stage, string example)
    {
        var events = Extract(example).OfType<ProjectEventFact>();

        Assert.True(events.Any(e => Snake(e.Stage.ToString()) == stage), $"{word}: {example} gave [{string.Join(", ", events.Select(e => e.Stage))}]");
    }

    [Theory]
    [MemberData(nameof(MeetingNameExamples))]
    public void EveryMeetingNameExampleGivesAMeetingOfItsKind(string cue, string kind, string example)
    {
        var meetings = Extract(example).OfType<MeetingFact>();

        Assert.True(meetings.Any(m => Snake(m.Kind.ToString()) == kind), $"{cue}: {example} gave [{string.Join(", ", meetings.Select(m => m.Kind))}]");
    }

    public static TheoryData<string, string> SignedDocumentExamples() => VocabularyRows.Of("signed-documents.tsv", "word", "example");

    [Theory]
    [MemberData(nameof(SignedDocumentExamples))]
    public void EverySignedDocumentExampleGivesNoProjectEvent(string word, string example)
    {
        Assert.Contains(word, example);
        Assert.DoesNotContain(Extract(example), f => f is ProjectEventFact);
    }

    [Fact]
    public void EveryRowHasAnExample()
    {
        Assert.All(StageWordExamples().Concat(MeetingNameExamples()), row => Assert.False(string.IsNullOrWhiteSpace((string)row[2]), (string)row[0]));
    }

    private static IReadOnlyList<ExtractedFact> Extract(string sentence) =>
        FactExtractor.Extract(new ArticleInput(sentence, new DateOnly(2023, 3, 5), null));

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
