using Dashboard.Presentation.Words;
using Metrics.Facts;

namespace Dashboard.Tests.Review;

/// <summary>Every fact field has its Chinese name, which the editor, the audit log and the export share.</summary>
public sealed class FactFieldWordsTests
{
    [Fact]
    public void EveryFieldOfAFactHasAChineseName()
    {
        var unnamed = typeof(FactFields).GetProperties().Where(p => p.CanWrite && FactFieldWords.Find(p.Name) is null).Select(p => p.Name);

        Assert.Empty(unnamed);
        Assert.Equal(("主持人", "主持人"), (FactFieldWords.Label("Chair"), FactFieldWords.Label("chair")));
    }
}
