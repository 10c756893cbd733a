namespace Metrics.Gazetteer;

/// <summary>Which place covers a position of the text; the places are sorted and never overlap.</summary>
internal readonly struct PlaceIndex(IReadOnlyList<PlaceItem> places)
{
    public PlaceItem? At(int position)
    {
        var low = 0;
        var high = places.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var place = places[middle];
            if (position < place.Start)
            {
                high = middle - 1;
            }
            else if (position >= place.End)
            {
                low = middle + 1;
            }
            else
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>True when a place covers any position in [start, end).</summary>
    public bool Overlaps(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (At(i) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
