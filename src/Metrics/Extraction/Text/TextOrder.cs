using Metrics.Extraction.Budget;

namespace Metrics.Extraction.Text;

/// <summary>
/// The mentions of a list in text order (sorted by start, as every scanner finds them: dates, places,
/// leaders, amounts, counts) that start in a range, found by binary search: a rule looking at the
/// mentions of one sentence costs that sentence, not the whole article.
/// </summary>
internal static class TextOrder
{
    /// <summary>The items starting at <paramref name="from"/> or later and before <paramref name="to"/>, in order.</summary>
    public static IEnumerable<T> StartingIn<T>(IReadOnlyList<T> items, int from, int to, Func<T, int> start)
    {
        for (var k = FirstAtOrAfter(items, from, start); k < items.Count && start(items[k]) < to; k++)
        {
            ExtractionBudget.Step();
            yield return items[k];
        }
    }

    /// <summary>The items starting before <paramref name="to"/>, last first.</summary>
    public static IEnumerable<T> BackwardsFrom<T>(IReadOnlyList<T> items, int to, Func<T, int> start)
    {
        for (var k = FirstAtOrAfter(items, to, start) - 1; k >= 0; k--)
        {
            ExtractionBudget.Step();
            yield return items[k];
        }
    }

    /// <summary>The index of the first item starting at <paramref name="position"/> or later (the count when none does).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (start(items[middle]) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
