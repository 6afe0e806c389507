using System.Text.Json.Nodes;
using PerfEval.Extract.Tests.Support;
using PerfEval.Extract.Writing;

namespace PerfEval.Extract.Tests.Writing;

/// <summary>The published schema is the one the writer's contract generates, and it describes the output it writes.</summary>
public sealed class JsonSchemaTests
{
    [Fact]
    public void The_published_schema_is_up_to_date()
    {
        var published = File.ReadAllText(Path.Combine(Fixtures.Root, "..", "schema", "perfeval-1.schema.json"));
        Assert.Equal(JsonSchema.Generate().TrimEnd('\n'), published.TrimEnd('\n'));
    }

    [Fact]
    public void Every_key_of_a_golden_output_is_in_the_schema()
    {
        var schema = JsonNode.Parse(JsonSchema.Generate())!;
        var keys = new HashSet<string>();
        Collect(schema, keys);
        foreach (var golden in Directory.EnumerateFiles(Fixtures.Root, "*.expected.json", SearchOption.AllDirectories))
            foreach (var key in Keys(JsonNode.Parse(File.ReadAllText(golden))))
                Assert.True(keys.Contains(key), $"{Path.GetFileName(golden)}: key '{key}' is not described by the schema");
    }

    private static void Collect(JsonNode? node, HashSet<string> keys)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject properties)
                foreach (var (name, _) in properties) keys.Add(name);
            foreach (var (_, child) in obj) Collect(child, keys);
        }
        else if (node is JsonArray array)
            foreach (var child in array) Collect(child, keys);
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Keys),
        _ => [],
    };
}
