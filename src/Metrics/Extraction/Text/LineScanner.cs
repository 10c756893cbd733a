using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Text;

/// <summary>Cuts a text into <see cref="TextLine"/>s at <c>\n</c>, <c>\r\n</c> and <c>\r</c>.</summary>
internal static class LineScanner
{
    private const int MaxHeadingMarks = 6;

    public static List<TextLine> Scan(string text)
    {
        var lines = new List<TextLine>(Math.Max(4, text.Length / 64));
        var start = 0;
        while (true)
        {
            ExtractionBudget.Step();
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (end < 0)
            {
                lines.Add(Describe(text, start, text.Length, 0));
                return lines;
            }

            end += start;
            var breakLength = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            lines.Add(Describe(text, start, end, breakLength));
            start = end + breakLength;
        }
    }

    private static TextLine Describe(string text, int start, int end, int breakLength)
    {
        var contentStart = start;
        while (contentStart < end && CharacterFolding.IsBlank(text[contentStart]))
        {
            contentStart++;
        }

        var contentEnd = end;
        while (contentEnd > contentStart && CharacterFolding.IsBlank(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        var headingTextStart = MarkdownHeadingTextStart(text, contentStart, contentEnd);
        var isHeading = headingTextStart >= 0;
        if (isHeading)
        {
            contentStart = headingTextStart;
        }

        return new TextLine(
            start,
            end,
            breakLength,
            contentStart,
            contentEnd,
            isHeading,
            IsIndented(text, start, end),
            !isHeading && ReadsAsProse(text, contentStart, contentEnd));
    }

    /// <summary>Where the heading text starts after <c>#</c>…<c>######</c> and the blanks that follow, or -1
    /// when the line is no Markdown heading (<c>#话题#</c> has no space after its mark and is not one).</summary>
    private static int MarkdownHeadingTextStart(string text, int contentStart, int contentEnd)
    {
        var i = contentStart;
        while (i < contentEnd && text[i] == '#')
        {
            i++;
        }

        var marks = i - contentStart;
        if (marks is 0 or > MaxHeadingMarks || (i < contentEnd && !CharacterFolding.IsHorizontalSpace(text[i])))
        {
            return -1;
        }

        while (i < contentEnd && CharacterFolding.IsBlank(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsIndented(string text, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var first = text[start];
        return first is '\t' or '\u3000'
            || (CharacterFolding.IsHorizontalSpace(first) && start + 1 < end && CharacterFolding.IsHorizontalSpace(text[start + 1]));
    }

    /// <summary>Counts prose punctuation outside quotations; a comma inside a quotation that closes on the
    /// same line belongs to a quoted slogan (<c>吹响“建设大门户,同建共富路”的号角</c>), not to prose,
    /// while one after a quotation left open belongs to a quoted paragraph.</summary>
    private static bool ReadsAsProse(string text, int from, int to)
    {
        from = AfterListMarker(text, from, to);
        var depth = 0;
        var punctuationInOpenQuote = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '“' or '「')
            {
                depth++;
            }
            else if (c is '”' or '」')
            {
                if (depth > 0 && --depth == 0)
                {
                    punctuationInOpenQuote = false;
                }
            }
            else if (ChineseCharacters.IsProsePunctuation(c))
            {
                if (depth == 0)
                {
                    return true;
                }

                punctuationInOpenQuote = true;
            }
        }

        return punctuationInOpenQuote;
    }

    /// <summary>Past a section number such as <c>一、</c> or <c>2、</c> at the start of a line, whose
    /// enumeration comma makes no prose of a section title (<c>一、工业投资基本情况</c>).</summary>
    private static int AfterListMarker(string text, int from, int to)
    {
        var i = from;
        while (i < to && (ChineseCharacters.IsDigit(text[i]) || "一二三四五六七八九十".Contains(text[i])))
        {
            i++;
        }

        return i > from && i < to && text[i] == '、' ? i + 1 : from;
    }
}
