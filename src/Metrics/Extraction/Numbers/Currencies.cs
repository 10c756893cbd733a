namespace Metrics.Extraction.Numbers;

/// <summary>
/// Currency names and signs, with their ISO 4217 codes. Amounts keep their currency: the
/// extractor never converts ("3000万美元" stays 30000000 USD).
/// </summary>
internal static class Currencies
{
    /// <summary>The currency when nothing else is said: 元 after 亿/万 in a money context.</summary>
    public const string Yuan = "CNY";

    /// <summary>Names written after the number. 元/圆 are generic (see <see cref="IsGeneric"/>).</summary>
    public static readonly WordSet SuffixNames;

    /// <summary>Names and signs written before the number ("人民币3亿元", "港币两千九百六十元", "$20").</summary>
    public static readonly WordSet PrefixNames;

    private static readonly Dictionary<string, string> Iso = new(StringComparer.Ordinal)
    {
        ["元"] = "CNY",
        ["圆"] = "CNY",
        ["块钱"] = "CNY",
        ["人民币"] = "CNY",
        ["美元"] = "USD",
        ["美金"] = "USD",
        ["美圆"] = "USD",
        ["港元"] = "HKD",
        ["港币"] = "HKD",
        ["欧元"] = "EUR",
        ["日元"] = "JPY",
        ["日币"] = "JPY",
        ["日圆"] = "JPY",
        ["英镑"] = "GBP",
        ["澳元"] = "AUD",
        ["澳币"] = "AUD",
        ["加元"] = "CAD",
        ["加币"] = "CAD",
        ["韩元"] = "KRW",
        ["泰铢"] = "THB",
        ["卢布"] = "RUB",
        ["新台币"] = "TWD",
        ["台币"] = "TWD",
        ["瑞士法郎"] = "CHF",
        ["新加坡元"] = "SGD",
        ["林吉特"] = "MYR",
        ["卢比"] = "INR",
        ["奈拉"] = "NGN",
        ["澳门元"] = "MOP",
        ["新西兰元"] = "NZD",
        ["瑞典克朗"] = "SEK",
        ["丹麦克朗"] = "DKK",
        ["挪威克朗"] = "NOK",
        ["$"] = "USD",
        ["US$"] = "USD",
        ["HK$"] = "HKD",
        ["￥"] = "CNY",
        ["¥"] = "CNY",
        ["€"] = "EUR",
        ["£"] = "GBP",
    };

    private static readonly HashSet<string> PrefixOnly = ["$", "US$", "HK$", "￥", "¥", "€", "£"];

    private static readonly HashSet<string> SuffixOnly = ["元", "圆", "块钱"];

    static Currencies()
    {
        SuffixNames = new WordSet(Iso.Keys.Where(k => !PrefixOnly.Contains(k)));
        PrefixNames = new WordSet(Iso.Keys.Where(k => !SuffixOnly.Contains(k)));
    }

    /// <summary>ISO code of a name from <see cref="SuffixNames"/> or <see cref="PrefixNames"/>.</summary>
    public static string IsoOf(string name) => Iso[name];

    /// <summary>
    /// 元 and 圆 name the unit of whatever currency the text already named: "港币两千九百六十元"
    /// is HKD, "三万元欧元" is EUR, "8亿元人民币" is CNY.
    /// </summary>
    public static bool IsGeneric(string name) => name is "元" or "圆";
}
