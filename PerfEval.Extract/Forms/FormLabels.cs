using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>What recognizers share about labels: the narrative sections' keys, and which of a form's signature labels a grid holds.</summary>
internal static class FormLabels
{
    /// <summary>Narrative rows (label, then its text) under their stable English keys.</summary>
    public static readonly IReadOnlyDictionary<FieldKey, string> Narratives = new Dictionary<FieldKey, string>
    {
        [FieldKey.Conclusion] = "conclusion",
        [FieldKey.KeyProjects] = "keyProjects",
        [FieldKey.OverallPerformance] = "overallPerformance",
        [FieldKey.Problems] = "problems",
        [FieldKey.Improvements] = "improvements",
        [FieldKey.ImplementationSummary] = "implementation",
    };

    /// <summary>The signature labels a grid holds, in its cells or (for a flattened grid) in its token sequence.</summary>
    public static HashSet<FieldKey> Found(Grid grid, LabelDictionary labels, IReadOnlySet<FieldKey> signature)
    {
        var found = new HashSet<FieldKey>();
        foreach (var cell in grid.Cells)
            if (labels.Lookup(cell.Text) is { } key && signature.Contains(key)) found.Add(key);
        if (grid.Flattened)
            foreach (var token in TokenSequence.From(grid, labels))
                if (token.Key is { } key && signature.Contains(key)) found.Add(key);
        return found;
    }
}
