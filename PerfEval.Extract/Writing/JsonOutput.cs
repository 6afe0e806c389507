using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfEval.Model;

namespace PerfEval.Extract.Writing;

/// <summary>
/// Writes results as JSON: indented for one document, one compact object per line (NDJSON) for a batch. Chinese text
/// is written as is, not \u-escaped, so that the output reads like the source. Same input, same bytes.
/// </summary>
public static class JsonOutput
{
    private static readonly PerfEvalJsonContext Indented = Context(indented: true);

    /// <summary>The options of the indented writer, for tools that describe the output (the JSON Schema).</summary>
    public static JsonSerializerOptions Options => Indented.Options;
    private static readonly PerfEvalJsonContext Compact = Context(indented: false);

    // A context built with its own options takes nothing from the attribute, so every setting is stated here.
    private static PerfEvalJsonContext Context(bool indented) => new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase) },
    });

    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, (indented ? Indented : Compact).ExtractionResult).ReplaceLineEndings("\n");

    public static string Serialize(ExtractionFailure failure, bool indented = false) =>
        JsonSerializer.Serialize(new ErrorRecord(failure.File, new ErrorDetail(failure.Code, failure.Message)), (indented ? Indented : Compact).ErrorRecord);

    public static string Serialize(ExtractionOutcome outcome, bool indented = true) =>
        outcome.Result is not null ? Serialize(outcome.Result, indented) : Serialize(outcome.Failure!, indented);

    public static ExtractionResult? Deserialize(string json) => JsonSerializer.Deserialize(json, Indented.ExtractionResult);
}
