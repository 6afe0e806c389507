using System.Text;
using PerfEval.Model;

namespace PerfEval.Extract.Tests.Support;

/// <summary>Runs the whole pipeline on bytes or text, as the CLI does.</summary>
public static class Run
{
    public static ExtractionOutcome Extract(byte[] bytes, string name = "test.txt") => Extractor.Default.Extract(bytes, name);

    public static ExtractionResult Result(string text, string name = "test.txt")
    {
        var outcome = Extract(Encoding.UTF8.GetBytes(text), name);
        Assert.True(outcome.Failure is null, outcome.Failure?.ToString());
        return outcome.Result!;
    }

    public static ExtractionFailure Failure(byte[] bytes, string name)
    {
        var outcome = Extract(bytes, name);
        Assert.True(outcome.Failure is not null, $"{name} was expected to fail but was extracted");
        return outcome.Failure!;
    }
}
