using Dashboard.Components.Pages.Articles;
using Metrics.Facts;

namespace Dashboard.Tests.Review;

/// <summary>The fact editor takes amounts in 亿元 or 万元; the stored value stays yuan (issue 14).</summary>
public sealed class FactEditMoneyTests
{
    [Fact]
    public void AnAmountTypedInYiOrWanIsStoredInYuan()
    {
        var model = new FactEditModel { Unit = MoneyUnit.Yi, Investment = 65.5m };
        Assert.Equal(6_550_000_000L, model.ToValues().InvestmentYuan);

        model.Unit = MoneyUnit.Wan;
        Assert.Equal(655_000m, model.Investment);
        model.PlannedThisYear = 300;
        Assert.Equal(3_000_000L, model.ToValues().PlannedThisYearYuan);
    }

    [Fact]
    public void TheEditorStartsInYiWithTheStoredAmount()
    {
        var model = FactEditModel.From(new Metrics.Facts.FactFields { Type = FactType.ProjectEvent, District = "通州区", InvestmentYuan = 8_320_000_000, InvestmentYuanMax = 10_000_000_000 });

        Assert.Equal((MoneyUnit.Yi, 83.2m, 100m), (model.Unit, model.Investment!.Value, model.InvestmentMax!.Value));
    }
}
