namespace Metrics.Extraction.Numbers;

/// <summary>
/// Folds the traditional characters that occur in numerals, currencies, qualifiers, measure
/// words and amount-role cues to their simplified forms, so that one simplified vocabulary
/// also reads "總投資逾260億元" (about 14% of the corpus is traditional), and folds full-width
/// ASCII ('１', '．', '（', '～') to ASCII. Every other character is returned unchanged.
/// </summary>
internal static class HanFold
{
    // Pairs of (traditional, simplified).
    private const string Pairs =
        "億亿萬万兩两倆俩貳贰陸陆個个項项餘余幾几數数點点負负" +
        "圓圆幣币歐欧鎊镑韓韩盧卢銖铢臺台錢钱塊块" +
        "約约過过將将內内級级達达為为與与並并從从擬拟預预計计劃划" +
        "總总資资協协議议額额產产銷销應应稅税營营業业畝亩註注冊册簽签設设備备實实際际" +
        "積积當当貨货進进務务開开運运購购買买訂订單单賣卖費费財财補补貼贴獎奖勵励規规" +
        "體体場场戶户筆笔廠厂權权證证創创鏈链報报價价裝装機机廣广庫库納纳區区園园現现" +
        "噸吨輛辆張张條条雙双對对隻只頭头顆颗時时鐘钟歲岁週周";

    // One slot per BMP character: folding is an array read on the scanners' hot path.
    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            // The full-width comma and semicolon stay: they are clause boundaries.
            table[c] = c is '，' or '；' ? c : (char)(c - 0xFEE0);
        }

        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            table[Pairs[i]] = Pairs[i + 1];
        }

        // Every other traditional character from the extractor's one table (OpenCC's).
        for (var c = 0x3400; c <= 0x9FFF; c++)
        {
            if (table[c] == c)
            {
                table[c] = Metrics.Extraction.Text.SimplifiedChinese.ToSimplified((char)c);
            }
        }

        return table;
    }

    /// <summary>Returns the simplified / ASCII form of <paramref name="c"/>.</summary>
    public static char Fold(char c) => Table[c];
}
