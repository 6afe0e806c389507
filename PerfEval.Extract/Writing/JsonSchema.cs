using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PerfEval.Model;

namespace PerfEval.Extract.Writing;

/// <summary>
/// The JSON Schema of PerfEval's output, derived from the same source-generated contract that writes it, so the
/// schema cannot drift from the output. Published as schema/perfeval-1.schema.json and by `perfeval schema`.
/// </summary>
public static class JsonSchema
{
    public static string Generate()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(JsonOutput.Options, typeof(ExtractionResult), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
        });
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = "https://perfeval.invalid/schema/perfeval-1.schema.json",
                ["title"] = "PerfEval extraction result (perfeval/1)",
            };
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }
            schema = ordered;
        }
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
    }
}
