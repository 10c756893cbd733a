using Metrics.Facts;
using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>
/// Classes of mistakes found on probe pages of city and district departments: the openings of
/// streets, resorts and hospitals, and meetings told by what they approved (issue 13).
/// </summary>
public sealed class DepartmentPageClassTests
{
    [Theory]
    [InlineData("28日,崇川区文峰街道的濠河南门里风情街正式开街迎客,项目总投资约3.5亿元。", "崇川区")]
    [InlineData("28日,位于如东沿海旅游经济开发区的小洋口温泉度假村正式开业,项目总投资4.6亿元。", "如东县")]
    [InlineData("28日,叠石桥家纺特色小镇客厅正式启用,项目总投资1.6亿元。", "海门区")]
    [InlineData("28日,海门区中医院东院区建成启用,项目总投资9.8亿元。", "海门区")]
    public void AStreetResortTownOrHospitalOpeningIsAnOpenedProject(string text, string district)
    {
        var opened = Assert.Single(Events(text, "2024-09-30"));

        Assert.Equal((ProjectStage.Opened, "2024-09-28", district), (opened.Stage, opened.Date, opened.District));
        Assert.NotNull(opened.InvestmentYuan);
    }

    [Fact]
    public void ACommandCentreUnveiledIsStillNoProject()
    {
        Assert.Empty(Events("28日,海门区城市建设指挥中心揭牌。", "2024-09-30"));
    }

    [Theory]
    [InlineData("该项目今年5月经市政府常务会议审议通过,此后仅用7个月即完成立项。", MeetingKind.GovernmentExecutive)]
    [InlineData("该项目今年5月经市委常委会会议审议通过。", MeetingKind.StandingCommittee)]
    public void AMeetingToldByWhatItApprovedTakesItsOwnMonth(string approval, MeetingKind kind)
    {
        var text = "12月26日上午,如皋市人民医院新院区项目奠基仪式在城南新区举行。" + approval;

        var meeting = Assert.Single(Support.Extracted.Meetings(text, "2017-12-28"));

        Assert.Equal(("2017-05", kind), (meeting.Date, meeting.Kind));
    }

    [Theory]
    [InlineData("当天,镇党委、镇政府还召开一季度项目建设推进会。")]
    [InlineData("开工仪式结束后,区水利局随即召开工程建设专题推进会。")]
    public void AnAdverbBeforeTheCallingWordDoesNotHideTheConvener(string sentence)
    {
        var text = "18日,栟茶镇华晟新型环保建材项目开工建设。" + sentence;

        Assert.Empty(Support.Extracted.Meetings(text, "2019-03-20"));
    }

    [Fact]
    public void ADistrictsConvenerWithAnAdverbStillHoldsItsMeeting()
    {
        var meeting = Assert.Single(Support.Extracted.Meetings("18日,如东县委、县政府还召开一季度项目建设推进会。", "2019-03-20"));

        Assert.Equal("如东县", meeting.District);
    }
}
