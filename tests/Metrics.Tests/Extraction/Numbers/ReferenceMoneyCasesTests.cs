using System.Globalization;
using Metrics.Extraction.Numbers;

namespace Metrics.Tests.Extraction.Numbers;

/// <summary>
/// Money cases from JioNLP's test suite (jionlp-test-cases.tsv) and Microsoft.Recognizers.Text's
/// Chinese CurrencyModel spec (ms-recognizers-zh-cases.tsv), where they fit our semantics.
/// Deliberate differences are listed in <see cref="NotMoneyInOurSemantics"/> and in the
/// comments of individual rows.
/// </summary>
public class ReferenceMoneyCasesTests
{
    [Theory]
    [InlineData("82，225.00元", "82，225.00元", "82225", null, "CNY", AmountBound.Exact)]
    [InlineData("25481港元", "25481港元", "25481", null, "HKD", AmountBound.Exact)]
    [InlineData("45564.44美元", "45564.44美元", "45564.44", null, "USD", AmountBound.Exact)]
    // JioNLP rounds to fen (…434.34); we keep the written decimals.
    [InlineData("233,333，333,434.344元", "233,333，333,434.344元", "233333333434.344", null, "CNY", AmountBound.Exact)]
    [InlineData("1.2万元", "1.2万元", "12000", null, "CNY", AmountBound.Exact)]
    [InlineData("3千万亿日元", "3千万亿日元", "3000000000000000", null, "JPY", AmountBound.Exact)]
    [InlineData("新台币 177.1 亿元", "新台币 177.1 亿元", "17710000000", null, "TWD", AmountBound.Exact)]
    [InlineData("123元1角1分", "123元1角1分", "123.11", null, "CNY", AmountBound.Exact)]
    [InlineData("六十四万零一百四十三元一角七分", "六十四万零一百四十三元一角七分", "640143.17", null, "CNY", AmountBound.Exact)]
    [InlineData("壹万二千三百四十五元", "壹万二千三百四十五元", "12345", null, "CNY", AmountBound.Exact)]
    [InlineData("肆佰叁拾萬", "肆佰叁拾萬", "4300000", null, "CNY", AmountBound.Exact)]
    [InlineData("肆佰叁拾萬圆整", "肆佰叁拾萬圆整", "4300000", null, "CNY", AmountBound.Exact)]
    [InlineData("肆佰叁拾萬圆", "肆佰叁拾萬圆", "4300000", null, "CNY", AmountBound.Exact)]
    [InlineData("二十五万三千二百泰铢", "二十五万三千二百泰铢", "253200", null, "THB", AmountBound.Exact)]
    [InlineData("两个亿卢布", "两个亿卢布", "200000000", null, "RUB", AmountBound.Exact)]
    [InlineData("十块三毛", "十块三毛", "10.3", null, "CNY", AmountBound.Exact)]
    [InlineData("一百三十五块六角七分钱", "一百三十五块六角七分钱", "135.67", null, "CNY", AmountBound.Exact)]
    [InlineData("港币两千九百六十元", "港币两千九百六十元", "2960", null, "HKD", AmountBound.Exact)]
    [InlineData("一百二十三元1角1分", "一百二十三元1角1分", "123.11", null, "CNY", AmountBound.Exact)]
    [InlineData("三万元欧元", "三万元欧元", "30000", null, "EUR", AmountBound.Exact)]
    [InlineData("9000元日币", "9000元日币", "9000", null, "JPY", AmountBound.Exact)]
    [InlineData("约4.287亿美元", "约4.287亿美元", "428700000", null, "USD", AmountBound.About)]
    [InlineData("近700万元", "近700万元", "7000000", null, "CNY", AmountBound.JustBelow)]
    [InlineData("至少九千块钱以上", "至少九千块钱以上", "9000", null, "CNY", AmountBound.AtLeast)]
    [InlineData("不到1.9万台币", "不到1.9万台币", "19000", null, "TWD", AmountBound.Below)]
    [InlineData("3000多欧元", "3000多欧元", "3000", "4000", "EUR", AmountBound.OpenSpan)]
    [InlineData("人民币数十亿元", "人民币数十亿元", "1000000000", "10000000000", "CNY", AmountBound.VagueSpan)]
    [InlineData("数十亿元人民币", "数十亿元人民币", "1000000000", "10000000000", "CNY", AmountBound.VagueSpan)]
    [InlineData("十几块钱", "十几块钱", "10", "20", "CNY", AmountBound.OpenSpan)]
    // JioNLP gives [10, 20]; a qualifier word before the number decides the bound, so we say "about 10".
    [InlineData("大约十多欧元", "大约十多欧元", "10", null, "EUR", AmountBound.About)]
    [InlineData("从8500到3万港元", "8500到3万港元", "8500", "30000", "HKD", AmountBound.Range)]
    [InlineData("1万-5万元", "1万-5万元", "10000", "50000", "CNY", AmountBound.Range)]
    [InlineData("1万元--5万元", "1万元--5万元", "10000", "50000", "CNY", AmountBound.Range)]
    [InlineData("2——3万港币", "2——3万港币", "20000", "30000", "HKD", AmountBound.Range)]
    [InlineData("两到三万港元", "两到三万港元", "20000", "30000", "HKD", AmountBound.Range)]
    [InlineData("十八至三十万日元", "十八至三十万日元", "180000", "300000", "JPY", AmountBound.Range)]
    [InlineData("两到三仟澳元", "两到三仟澳元", "2000", "3000", "AUD", AmountBound.Range)]
    [InlineData("两~3百日元", "两~3百日元", "200", "300", "JPY", AmountBound.Range)]
    [InlineData("一百二十到一百五十万元", "一百二十到一百五十万元", "1200000", "1500000", "CNY", AmountBound.Range)]
    [InlineData("一千到两千万元人民币", "一千到两千万元人民币", "10000000", "20000000", "CNY", AmountBound.Range)]
    [InlineData("七千到九千亿元", "七千到九千亿元", "700000000000", "900000000000", "CNY", AmountBound.Range)]
    // JioNLP gives [8e8, 9e10]; 百亿 distributes to 八 as 亿 does in "3-5亿元" (M29): [8e10, 9e10].
    [InlineData("八到九百亿泰铢", "八到九百亿泰铢", "80000000000", "90000000000", "THB", AmountBound.Range)]
    [InlineData("八百到九百亿泰铢", "八百到九百亿泰铢", "80000000000", "90000000000", "THB", AmountBound.Range)]
    [InlineData("八九亿韩元", "八九亿韩元", "800000000", "900000000", "KRW", AmountBound.Range)]
    [InlineData("四五千块钱", "四五千块钱", "4000", "5000", "CNY", AmountBound.Range)]
    [InlineData("50万元（含）以上", "50万元（含）以上", "500000", null, "CNY", AmountBound.AtLeast)]
    [InlineData("1万(含)-5万元", "1万(含)-5万元", "10000", "50000", "CNY", AmountBound.Range)]
    public void ParsesJioNlpMoneyCase(string input, string surface, string value, string? max, string currency, AmountBound bound)
    {
        var mention = Assert.Single(MoneyParser.FindAll(input));
        Assert.Equal(surface, mention.Text);
        Assert.Equal(surface, input.Substring(mention.Start, mention.Length));
        Assert.Equal(Parse(value), mention.Value);
        Assert.Equal(max is null ? null : Parse(max), mention.Max);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(bound, mention.Bound);
    }

    /// <summary>
    /// JioNLP reads these as money; we do not. "k"/"w" are chat slang, not news; a bare 万
    /// with neither currency nor a money cue before it is a quantity ("人口100万"); 块 alone is
    /// also the measure word of plots ("3块地"), so it is money only as 块钱 or before 角/毛.
    /// </summary>
    [Theory]
    [InlineData("15k左右")]
    [InlineData("30w上下")]
    [InlineData("10~15k元")]
    [InlineData("三百万")]
    [InlineData("小于40万")]
    [InlineData("几十万块")]
    [InlineData("三五百块")]
    public void NotMoneyInOurSemantics(string input)
    {
        Assert.Empty(MoneyParser.FindAll(input));
    }

    /// <summary>
    /// Microsoft.Recognizers.Text CurrencyModel cases. Expected: "surface=value=ISO" per amount.
    /// Deliberate differences: "奖池36.57亿" is money to us (元 is implied after 亿); "$20" is
    /// USD (Recognizers leave the dollar's country open); "每股1.95港元" keeps 每股 as a rate;
    /// cents (美分) and 日本銭 are not read; bare currency names without a number yield nothing;
    /// 兆 and amounts beyond 19 digits are not supported.
    /// </summary>
    [Theory]
    [InlineData("江苏彩民15元中大乐透1600万 奖池36.57亿", "15元=15=CNY|36.57亿=3657000000=CNY")]
    [InlineData("其中，四川彩友中得1注1000万元基本头奖；", "1000万元=10000000=CNY")]
    [InlineData("本期开奖结束后，奖池金额攀升至36.57亿元。", "36.57亿元=3657000000=CNY")]
    [InlineData("１欧元可以", "１欧元=1=EUR")]
    [InlineData("兑换１．０７５３美元", "１．０７５３美元=1.0753=USD")]
    [InlineData("兑换1.0092瑞士法郎", "1.0092瑞士法郎=1.0092=CHF")]
    [InlineData("2016年由于并购等直接投资，中国资金净流出1200亿美元", "1200亿美元=120000000000=USD")]
    [InlineData("宝安科技公司与国际精密的15位股东签署收购协议，以每股1.95港元", "每股1.95港元=1.95=HKD")]
    [InlineData("央行到期定存单5306亿台币", "5306亿台币=530600000000=TWD")]
    [InlineData("东芝重组另需1万亿日元 已向交易银行申请贷款", "1万亿日元=1000000000000=JPY")]
    [InlineData("达到445奈拉兑换", "445奈拉=445=NGN")]
    [InlineData("十五美元", "十五美元=15=USD")]
    [InlineData("十美元", "十美元=10=USD")]
    [InlineData("苹果折扣一美元", "一美元=1=USD")]
    [InlineData("这台电脑两美元", "两美元=2=USD")]
    [InlineData("这台电脑两美元又三美分", "两美元=2=USD")]
    [InlineData("这个手机壳五元三毛", "五元三毛=5.3=CNY")]
    [InlineData("这个手机壳花费你五美元和花费我三块", "五美元=5=USD")]
    [InlineData("我有一千元", "一千元=1000=CNY")]
    [InlineData("50元6角三分", "50元6角三分=50.63=CNY")]
    [InlineData("人民币 美元", "")]
    [InlineData("人民币美元", "")]
    [InlineData("4人民币 5美元", "4人民币=4=CNY|5美元=5=USD")]
    [InlineData("4人民币5美元", "4人民币=4=CNY|5美元=5=USD")]
    [InlineData("8亿元人民币", "8亿元人民币=800000000=CNY")]
    [InlineData("人民币  50元", "人民币  50元=50=CNY")]
    [InlineData("人民币 8千元", "人民币 8千元=8000=CNY")]
    [InlineData("五角大楼宣布了作战计划", "")]
    [InlineData("标准普尔指数下降", "")]
    [InlineData("在下面的价格中选一个，$20，300美圆, ￥300, ok?", "$20=20=USD|300美圆=300=USD|￥300=300=CNY")]
    [InlineData("我有20个比特币", "")]
    [InlineData("发议时，订单号 A202107211321363588510367 可用作", "")]
    [InlineData("我们有 202107211321363588510367 美元", "")]
    public void ParsesMicrosoftRecognizersCurrencyCase(string input, string expected)
    {
        var found = MoneyParser.FindAll(input);
        var actual = string.Join('|', found.Select(m => $"{m.Text}={m.Value.ToString(CultureInfo.InvariantCulture)}={m.Currency}"));
        Assert.Equal(expected, actual);
    }

    private static decimal Parse(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
