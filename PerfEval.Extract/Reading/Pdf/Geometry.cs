namespace PerfEval.Extract.Reading.Pdf;

/// <summary>Small numeric helpers shared by the table builders.</summary>
internal static class Geometry
{
    /// <summary>Sorted positions with neighbours closer than <paramref name="tolerance"/> merged into their mean.</summary>
    public static List<double> Cluster(IEnumerable<double> values, double tolerance)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] - sorted[j] <= tolerance) j++;
            var sum = 0.0;
            for (var k = i; k <= j; k++) sum += sorted[k];
            result.Add(sum / (j - i + 1));
            i = j + 1;
        }
        return result;
    }

    /// <summary>Index of the interval of ascending <paramref name="edges"/> holding <paramref name="value"/>, or −1.</summary>
    public static int IntervalAscending(List<double> edges, double value)
    {
        if (edges.Count < 2 || value < edges[0] || value > edges[^1]) return -1;
        var lo = 0;
        var hi = edges.Count - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (edges[mid] <= value) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Index of the interval of descending <paramref name="edges"/> holding <paramref name="value"/>, or −1.</summary>
    public static int IntervalDescending(List<double> edges, double value)
    {
        if (edges.Count < 2 || value > edges[0] || value < edges[^1]) return -1;
        var lo = 0;
        var hi = edges.Count - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (edges[mid] >= value) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Index of the position in <paramref name="positions"/> nearest <paramref name="value"/> within tolerance, or −1.</summary>
    public static int Nearest(List<double> positions, double value, double tolerance)
    {
        var best = -1;
        var bestDistance = tolerance;
        for (var i = 0; i < positions.Count; i++)
        {
            var d = Math.Abs(positions[i] - value);
            if (d <= bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
