using Dashboard.Components.Pages.Articles;
using Metrics.Extraction.Facts;
using Metrics.Facts;

namespace Dashboard.Tests.Review;

/// <summary>What the fact editor's form gives to store: texts trimmed, blank ones as none, project names split.</summary>
public sealed class FactEditModelTests
{
    [Fact]
    public void TextsAreTrimmedAndABlankOneIsNoneButTheDistrictStaysAText()
    {
        var model = new FactEditModel { Fields = { Type = FactType.Meeting, District = " 通州区 ", Date = "  ", Chair = " 王晖 ", InvestmentOriginal = " " } };

        var values = model.ToValues();

        Assert.Equal(("通州区", null, "王晖", null), (values.District, values.Date, values.Chair, values.InvestmentOriginal));
        Assert.Equal("", new FactEditModel { Fields = { District = "  " } }.ToValues().District);
    }

    [Fact]
    public void TheFormEditsACopyAndSplitsTheProjectNames()
    {
        var stored = new FactFields { Type = FactType.ProjectEvent, District = "海门区", Stage = ProjectStage.Signed, Scope = FactScope.Event, Projects = ["甲"] };
        var model = FactEditModel.From(stored);

        model.Fields.Chair = "改过";
        model.Projects = "康源电路、 信创产业园；甲";

        Assert.Null(stored.Chair);
        Assert.Equal(["康源电路", "信创产业园", "甲"], model.ToValues().Projects);
        Assert.True((stored with { Chair = "改过", Projects = ["康源电路", "信创产业园", "甲"] }).SameAs(model.ToValues()));
    }
}
