namespace Metrics.Extraction.English;

/// <summary>Tells an English-language report (China Daily, a reposting site) from a Chinese one.</summary>
internal static class EnglishText
{
    /// <summary>Whether Latin letters outnumber Chinese characters three to one.</summary>
    public static bool IsEnglish(string text)
    {
        var latin = 0;
        var han = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (Text.ChineseCharacters.IsIdeograph(c))
            {
                han++;
            }
        }

        return latin > 200 && latin > 3 * han;
    }
}
