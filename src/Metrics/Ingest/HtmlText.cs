using System.Text;
using AngleSharp.Dom;

namespace Metrics.Ingest;

/// <summary>The visible text of an HTML tree, the way a reader sees it: block elements and
/// <c>&lt;br&gt;</c> start new lines, white space inside a line collapses to one space (except in
/// <c>&lt;pre&gt;</c>), and scripts, styles, navigation, footers and lists of links to other
/// stories (相关新闻, 上一篇/下一篇) are dropped: their dated headlines are not this article's facts.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "nav", "footer", "iframe", "object",
        "embed", "svg", "canvas", "select", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> Lists = new(StringComparer.OrdinalIgnoreCase) { "ul", "ol", "dl" };

    // Link lists are looked for only near the top of the tree: a malformed page may nest thousands deep.
    private const int LinkListDepth = 64;

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>The text under <paramref name="root"/>, one line per block, each line ending in <c>\n</c>.</summary>
    public static string Extract(INode root)
    {
        var writer = new LineWriter();
        var preDepth = 0;
        var depth = 0;

        // An explicit stack rather than recursion: malformed pages can nest thousands of elements deep.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (leaving)
                {
                    depth--;
                    if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                    {
                        preDepth--;
                    }

                    if (Blocks.Contains(name))
                    {
                        writer.EndLine();
                    }

                    continue;
                }

                if (Dropped.Contains(name) || element.HasAttribute("hidden") || (depth < LinkListDepth && IsLinksToOtherStories(element)))
                {
                    continue;
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    writer.EndLine();
                    continue;
                }

                if (Blocks.Contains(name))
                {
                    writer.EndLine();
                }
                else if (Cells.Contains(name))
                {
                    writer.Space();
                }

                if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                {
                    preDepth++;
                }

                depth++;
                stack.Push((node, true));
                PushChildren(stack, node);
            }
            else if (node is IText text)
            {
                if (preDepth > 0)
                {
                    writer.Preformatted(text.Data);
                }
                else
                {
                    writer.Flowing(text.Data);
                }
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                PushChildren(stack, node);
            }
        }

        writer.EndLine();
        return writer.ToString();
    }

    /// <summary>A list whose text is mostly links (相关新闻, a menu), or a 上一篇/下一篇 line.</summary>
    private static bool IsLinksToOtherStories(IElement element)
    {
        if (Lists.Contains(element.LocalName))
        {
            var links = element.GetElementsByTagName("a");
            if (links.Length < 2)
            {
                return false;
            }

            var linkText = links.Sum(link => VisibleLength(link.TextContent));
            return linkText * 2 >= VisibleLength(element.TextContent);
        }

        if (!Blocks.Contains(element.LocalName) || element.GetElementsByTagName("a").Length == 0)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().TrimStart();
        return text.Length < 200 && (text.StartsWith("上一篇") || text.StartsWith("下一篇") || text.StartsWith("上一條") || text.StartsWith("下一條")
            || text.StartsWith("上一条") || text.StartsWith("下一条"));
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static void PushChildren(Stack<(INode Node, bool Leaving)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private sealed class LineWriter
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;
        private bool _pendingBreak;

        public void Flowing(string data)
        {
            foreach (var c in data)
            {
                if (IsHtmlWhiteSpace(c))
                {
                    _pendingSpace = true;
                    _pendingBreak |= c is '\n' or '\r';
                }
                else
                {
                    Append(c);
                }
            }
        }

        public void Preformatted(string data)
        {
            foreach (var c in data)
            {
                if (c == '\n')
                {
                    EndLine();
                }
                else if (c != '\r')
                {
                    _line.Append(c);
                }
            }
        }

        public void Space() => _pendingSpace = true;

        public void EndLine()
        {
            var line = _line.ToString().Trim();
            if (line.Length > 0)
            {
                _text.Append(line).Append('\n');
            }

            _line.Clear();
            _pendingSpace = false;
            _pendingBreak = false;
        }

        public override string ToString() => _text.ToString();

        private void Append(char c)
        {
            // A source line break between two Chinese characters is no space (CSS Text 3, segment
            // break transformation): 南通\n开发区 in the markup reads 南通开发区, not two words.
            var breakBetweenWide = _pendingBreak && _line.Length > 0 && IsWide(_line[^1]) && IsWide(c);
            if (_pendingSpace && _line.Length > 0 && !breakBetweenWide)
            {
                _line.Append(' ');
            }

            _pendingSpace = false;
            _pendingBreak = false;
            _line.Append(c);
        }

        private static bool IsWide(char c) =>
            c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);

        // HTML collapses only ASCII white space; a no-break or ideographic space is text.
        private static bool IsHtmlWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
    }
}
