namespace Dashboard.Components.Pages.Articles;

/// <summary>The unit the fact editor takes amounts in, as people write them; the stored value stays yuan.</summary>
public enum MoneyUnit
{
    /// <summary>亿元: 10^8 yuan.</summary>
    Yi,

    /// <summary>万元: 10^4 yuan.</summary>
    Wan,

    /// <summary>元.</summary>
    Yuan,
}

/// <summary>Converts between yuan and the editor's unit.</summary>
public static class MoneyUnits
{
    /// <summary>亿元, 万元 or 元.</summary>
    public static string Name(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yi => "亿元",
        MoneyUnit.Wan => "万元",
        _ => "元",
    };

    /// <summary>Yuan in one of <paramref name="unit"/>.</summary>
    public static decimal YuanPer(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yi => 100_000_000m,
        MoneyUnit.Wan => 10_000m,
        _ => 1m,
    };

    /// <summary>Yuan as an amount in <paramref name="unit"/> (65.5 for 6,550,000,000 yuan in 亿元).</summary>
    public static decimal? ToUnit(long? yuan, MoneyUnit unit) => yuan is { } y ? y / YuanPer(unit) : null;

    /// <summary>An amount in <paramref name="unit"/> as whole yuan, rounded half away from zero.</summary>
    public static long? ToYuan(decimal? amount, MoneyUnit unit) =>
        amount is { } a ? (long)Math.Round(a * YuanPer(unit), MidpointRounding.AwayFromZero) : null;
}
