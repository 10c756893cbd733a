namespace Metrics.Extraction.Text;

/// <summary>Character classes the normaliser and the splitters agree on. Each test accepts both the
/// full-width and the ASCII form, so it works on original and normalised text alike.</summary>
internal static class ChineseCharacters
{
    /// <summary>A CJK ideograph: the unified block, extension A and the compatibility block.</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>An ASCII or full-width decimal digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>Punctuation that ends a sentence: <c>。！？!?</c>.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>A comma or semicolon, full- or half-width (the text is normalised to half-width).</summary>
    public static bool IsClauseBreak(char c) => c is ',' or '，' or ';' or '；';

    /// <summary>Quotes and title marks that open a quotation: a line may start with one in mid-sentence.</summary>
    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '「' or '『' or '《';

    /// <summary>Closing quotes and brackets that belong to the sentence they close (<c>……。”</c>).</summary>
    public static bool IsClosing(char c) =>
        c is '”' or '’' or '」' or '』' or '》' or '〉' or ')' or '）' or ']' or '］' or '】' or '〕' or '"' or '\'';

    /// <summary>Punctuation that shows a line is running prose rather than a title, byline or page furniture:
    /// commas, the enumeration comma, semicolons and sentence ends. The colon is left out on purpose:
    /// "来源: 南通网" and "发布时间:2020-09-20" are metadata, not prose.</summary>
    public static bool IsProsePunctuation(char c) =>
        c is '，' or ',' or '、' or '；' or ';' || IsSentenceEnd(c);
}
