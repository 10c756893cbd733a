using Dashboard.Presentation.Panels;

namespace Dashboard.Tests.Panels;

/// <summary>The columns of <c>rows=facts</c>, by name and in order: an export read by a spreadsheet keeps its place.</summary>
public sealed class FactTableColumnsTests
{
    [Fact]
    public void TheFactsTableKeepsItsColumnsInOrder()
    {
        // A field added since gets its column after the project names, headed by its Chinese name.
        var added = UnlistedFields.Columns.Select(c => c.Header);
        Assert.Equal(
            ["编号", "区县", "日期", "日期精度", "阶段/会议类型", "主持人", "项目数", "投资额（元）", "投资额（亿元）", "投资额上限（元）", "金额性质", "外币原文",
                "项目名称", .. added, "审核状态", "置信度", "报道篇数", "文章标题", "发布者", "发布日期", "网址", "证据原文"],
            PanelTables.FactColumns.Select(c => c.Header));
    }
}
