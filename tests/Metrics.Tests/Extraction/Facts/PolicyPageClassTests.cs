using static Metrics.Tests.Support.Extracted;

namespace Metrics.Tests.Extraction.Facts;

/// <summary>Classes of mistakes found on probe pages of investment policies (issue 13): conditions and rewards.</summary>
public sealed class PolicyPageClassTests
{
    [Theory]
    [InlineData("根据新政,对引进总投资10亿元以上、且当年开工的先进制造业项目,给予招引单位最高500万元奖励。")]
    [InlineData("根据新政,对当年开工的先进制造业项目,给予招引单位最高500万元奖励。")]
    [InlineData("对当年开工的重大项目,奖励签约部门和招引人员。")]
    public void TheOnesWhoBringProjectsInAreNoSigning(string reward)
    {
        Assert.Empty(Events("海安新闻\n" + reward, "2022-05-16"));
    }
}
