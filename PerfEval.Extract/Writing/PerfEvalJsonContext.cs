using System.Text.Json.Serialization;
using PerfEval.Model;

namespace PerfEval.Extract.Writing;

/// <summary>The one source-generated JSON context for everything PerfEval writes: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(ErrorRecord))]
internal sealed partial class PerfEvalJsonContext : JsonSerializerContext;
