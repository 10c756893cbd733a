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

        Assert.Equal(["审核状态: 待审核 → 已更正", "投资额: 56亿元 → 60亿元"], changes);
    }

    [Fact]
    public void AmountsReadAsPeopleWriteThem()
    {
        var changes = AuditDiff.Changes(
            "{\"values\":{\"investmentYuan\":6550000000,\"plannedThisYearYuan\":3000000}}",
            "{\"values\":{\"investmentYuan\":6600000000,\"plannedThisYearYuan\":800}}");

        Assert.Equal(["投资额: 65.5亿元 → 66亿元", "年度计划投资: 300万元 → 800元"], changes);
    }

    [Fact]
    public void AnAdditionListsEveryFieldAsNew()
    {
        Assert.Equal(["标题: — → 标题"], AuditDiff.Changes(null, "{\"title\":\"标题\"}"));
    }

    [Fact]
    public void FieldsAndTheirCodedValuesAreNamedInChinese()
    {
        var changes = AuditDiff.Changes(
            "{\"status\":\"Extracted\",\"values\":{\"type\":\"Meeting\",\"district\":\"\",\"kind\":\"StandingCommittee\",\"stage\":null,\"scope\":null,\"qualifier\":null,\"memberOfBatch\":false,\"projects\":[]}}",
            "{\"status\":\"Rejected\",\"values\":{\"type\":\"ProjectEvent\",\"district\":\"崇川区\",\"kind\":null,\"stage\":\"Started\",\"scope\":\"Event\",\"qualifier\":\"AtLeast\",\"memberOfBatch\":true,\"projects\":[\"康源电路\"]}}");

        Assert.Equal(
            [
                "审核状态: 待审核 → 已驳回",
                "类型: 会议 → 项目事件",
                "区县: — → 崇川区",
                "会议类别: 常委会会议 → —",
                "阶段: — → 开工",
                "范围: — → 单次事件",
                "金额限定: — → 下限（超/逾）",
                "批次成员: 否 → 是",
                "项目名称: — → 康源电路",
            ],
            changes);
    }

    [Fact]
    public void AnImportNamesItsOutcomeAndAnUnknownFieldKeepsItsName()
    {
        var changes = AuditDiff.Changes(null, "{\"sourceName\":\"kaigong\",\"outcome\":\"Added\",\"facts\":1,\"later\":\"x\"}");

        Assert.Equal(["文件名: — → kaigong", "结果: — → 已新增", "事实数: — → 1", "later: — → x"], changes);
    }
}
