using Metrics.Extraction.Dates;

namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// The resolver against real evidence: resolving a gold fact's evidence sentence with its
/// article's publication date gives the gold date (the first mention that has one; null when
/// none has). 56 of the 73 sentences with a date word pass; the other 17 are listed in
/// <see cref="DevCorpusEvidence"/> with the reason they cannot.
/// </summary>
public sealed class DevCorpusEvidenceTests
{
    [Theory]
    [MemberData(nameof(DevCorpusEvidence.Rows), MemberType = typeof(DevCorpusEvidence))]
    public void EvidenceSentenceResolvesToTheGoldDate(string article, string? published, string? gold, string evidence, string? knownGap)
    {
        _ = article; // names the case
        var resolved = DateResolver.FindAll(evidence, DateAssert.Day(published))
            .Select(m => m.GoldDate)
            .FirstOrDefault(date => date is not null);

        if (knownGap is null)
        {
            Assert.Equal(gold, resolved);
        }
        else
        {
            Assert.NotEqual(gold, resolved);
        }
    }

    [Fact]
    public void LedgerKeepsFiftySixSentencesThatMustPass()
    {
        var rows = DevCorpusEvidence.Rows.Select(row => (string?)row[4]).ToList();

        Assert.Equal(73, rows.Count);
        Assert.Equal(56, rows.Count(gap => gap is null));
    }
}
