using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages that tell one project through its stages (issue 13): company
/// news, trade media and local papers, where the total is told once and the stages elsewhere.
/// </summary>
public sealed class SingleProjectStoryClassTests
{
    [Theory]
    [InlineData("该项目由华澜集团投资建设,总投资15亿元,去年9月签约,11月开工,预计年底投产。")]
    [InlineData("项目由华澜集团投资建设,计划总投资15亿元,去年9月签约,11月开工建设,目前主体厂房正在施工。")]
    public void DatedStepsOfTheProjectTheSentenceRefersToAreItsEvents(string story)
    {
        var text = "如东县召开重大项目推进会\n3月5日,如东县召开重大项目推进会。会前,与会人员观摩了洋口港的华澜新材料项目。" + story;

        var events = Events(text, "2024-03-06");

        Assert.Equal([(ProjectStage.Signed, "2023-09"), (ProjectStage.Started, "2023-11")], events.Select(e => (e.Stage, e.Date)));
        Assert.All(events, e => Assert.Equal(1_500_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void TheOneTotalOfAOneProjectPageToldApartFromItsStagesIsTheirs()
    {
        var text = "海晟新材料项目环评获批\n项目位于如东县洋口港经济开发区。项目总投资862000万元,其中环保投资6000万元。"
            + "建设内容为新建1套20万吨/年聚丙烯装置及配套设施。\n项目建设历程:2023年5月10日,项目主体工程开工,标志着全面建设阶段启动。";

        var started = Assert.Single(Events(text, "2025-01-08"));

        Assert.Equal((ProjectStage.Started, "2023-05-10", 8_620_000_000L), (started.Stage, started.Date, started.InvestmentYuan));
    }

    [Fact]
    public void TheCitysSigningAndTheDistrictsStartOfOneProjectShareItsTotal()
    {
        var text = "南通日报\n本报讯 18日上午,市政府与蓝桥能源集团举行绿色甲醇项目投资协议签约仪式。根据协议,蓝桥能源集团将在通州湾示范区投资建设绿色甲醇项目,"
            + "项目总投资超80亿元。\n同日,项目桩基工程在通州湾示范区开工。";

        var events = Events(text, "2023-07-19");

        Assert.Equal([("南通市", ProjectStage.Signed), ("通州湾示范区", ProjectStage.Started)], events.Select(e => (e.District, e.Stage)));
        Assert.All(events, e => Assert.Equal(8_000_000_000L, e.InvestmentYuan));
    }

    [Fact]
    public void TwoProjectsOfAPageInTwoDistrictsDoNotShareTheOnlyTotal()
    {
        var text = "南通日报\n18日上午,海门区与蓝桥能源集团签约,项目总投资超80亿元。同日,启东市的远洋装备项目开工。";

        var events = Events(text, "2023-07-19");

        Assert.Contains(events, e => e is { District: "海门区", Stage: ProjectStage.Signed, InvestmentYuan: 8_000_000_000L });
        Assert.DoesNotContain(events, e => e.District == "启东市" && e.InvestmentYuan is not null);
    }

    [Theory]
    [InlineData("日前,总投资36亿元的远帆海工装备项目在吕四港经济开发区开工建设,成为全市今年开工的单体投资最大项目。")]
    [InlineData("日前,总投资36亿元的远帆海工装备项目在吕四港经济开发区开工建设,这也是该园区今年签约的首个百亿级配套项目。")]
    public void AClauseSayingWhatTheEventWasTellsNoEventOfItsOwn(string sentence)
    {
        var started = Assert.Single(Events("启东日报\n" + sentence, "2022-06-10"));

        Assert.Equal((ProjectStage.Started, null), (started.Stage, started.Date));
    }

    [Theory]
    [InlineData("会议指出,今年以来全区重大项目建设总体平稳,但部分板块项目开工偏慢、储备不足。")]
    [InlineData("业内人士认为,新商城开业有助带动周边商贸升级。")]
    [InlineData("部分签约项目开工滞后,要逐一研究解决。")]
    public void AJudgementOfAStageIsNoEvent(string sentence)
    {
        var text = "海门日报\n20日,海门区召开重大项目推进会。" + sentence;

        Assert.Empty(Events(text, "2021-08-21"));
    }

    [Fact]
    public void ATraditionalPagesLeadInBeforeTheProjectAnaphorIsReadAsInSimplified()
    {
        var text = "文匯報\n近日,位於江蘇南通海門港新區的匯通國際冷鏈物流園項目正式開工建設。據瞭解,該項目於2022年9月簽約。";

        Assert.Contains(UndatedPageEvents(text), e => e is { Stage: ProjectStage.Signed, Date: "2022-09", District: "海门区" });
    }
}
