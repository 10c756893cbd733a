namespace Metrics.Extraction.Numbers;

/// <summary>
/// What an amount measures. Only <see cref="Investment"/> goes into the gold field
/// investment_yuan; the others must not be added to it (tricky-cases.md, 5c).
/// </summary>
public enum AmountRole
{
    /// <summary>No cue, or money that is no project fact (GDP, budget revenue, orders, subsidies).</summary>
    Other,

    /// <summary>总投资, 计划总投资, 协议投资, 投资额, 投资; 总额 after 签约.</summary>
    Investment,

    /// <summary>年度计划投资, 今年计划投资, 年度投资 (gold field planned_this_year_yuan).</summary>
    PlannedThisYear,

    /// <summary>完成投资, 累计完成投资, 固定资产投资.</summary>
    CompletedInvestment,

    /// <summary>到位资金.</summary>
    FundsInPlace,

    /// <summary>实际利用外资, 外资到账.</summary>
    ForeignInvestmentUsed,

    /// <summary>产值, 年产值, 亩均产出.</summary>
    OutputValue,

    /// <summary>销售, 应税销售, 营收, 营业收入.</summary>
    Sales,

    /// <summary>税收, 亩均税收, 利税.</summary>
    Tax,

    /// <summary>注册资本.</summary>
    RegisteredCapital,

    /// <summary>签约金额.</summary>
    SignedAmount,

    /// <summary>设备投入, 设备投资.</summary>
    Equipment,
}
