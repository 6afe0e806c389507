using System.Text.Json.Nodes;

namespace PerfEval.Extract.Tests.Support;

/// <summary>
/// Compares JSON documents field by field and names the first path that differs, so a failing golden test says
/// which figure or text changed rather than dumping two whole documents.
/// </summary>
public static class JsonCompare
{
    /// <summary>Keys that depend on the file and its format rather than on the table: left out when formats are compared.</summary>
    public static readonly string[] SourceSpecificKeys = ["source", "location", "notes"];

    /// <summary>The differences between two documents, as "path: expected … but was …" lines (empty when equal).</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual, IReadOnlyCollection<string>? ignoredKeys = null)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", ignoredKeys ?? [], differences);
        return differences;
    }

    public static void AssertEqual(string expectedJson, string actualJson, IReadOnlyCollection<string>? ignoredKeys = null)
    {
        var differences = Differences(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson), ignoredKeys);
        Assert.True(differences.Count == 0, $"{differences.Count} difference(s):\n" + string.Join("\n", differences.Take(20)));
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, IReadOnlyCollection<string> ignored, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Where(k => !ignored.Contains(k)))
                {
                    if (!e.ContainsKey(key)) differences.Add($"{path}.{key}: unexpected, was {Short(a[key])}");
                    else if (!a.ContainsKey(key)) differences.Add($"{path}.{key}: missing, expected {Short(e[key])}");
                    else Compare(e[key], a[key], $"{path}.{key}", ignored, differences);
                }
                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) differences.Add($"{path}: expected {e.Count} items but was {a.Count}");
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++) Compare(e[i], a[i], $"{path}[{i}]", ignored, differences);
                return;
            case (JsonValue e, JsonValue a):
                if (e.ToJsonString() != a.ToJsonString()) differences.Add($"{path}: expected {Short(e)} but was {Short(a)}");
                return;
            default:
                differences.Add($"{path}: expected {Short(expected)} but was {Short(actual)}");
                return;
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
