using Dashboard.Components.Pages.Review;

namespace Dashboard.Tests.Review;

public sealed class AuditDiffTests
{
    [Fact]
    public void OnlyChangedFieldsAreListedWithTheirValuesBeforeAndAfter()
    {
        var changes = AuditDiff.Changes(
            "{\"status\":\"Extracted\",\"values\":{\"district\":\"通州区\",\"investmentYuan\":5600000000}}",
            "{\"status\":\"Corrected\",\"values\":{\"district\":\"通州区\",\"investmentYuan\":6000000000}}");

        Assert.Equal(["status: Extracted → Corrected", "investmentYuan: 5600000000 → 6000000000"], changes);
    }

    [Fact]
    public void AnAdditionListsEveryFieldAsNew()
    {
        Assert.Equal(["title: — → 标题"], AuditDiff.Changes(null, "{\"title\":\"标题\"}"));
    }
}
