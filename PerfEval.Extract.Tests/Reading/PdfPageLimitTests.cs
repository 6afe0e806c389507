using PerfEval.Extract.Forms;
using PerfEval.Extract.Checks;
using PerfEval.Extract.Reading;
using PerfEval.Extract.Tests.Support;

namespace PerfEval.Extract.Tests.Reading;

/// <summary>A PDF read up to its page limit says so, and a table reaching the last page read is marked cut.</summary>
public sealed class PdfPageLimitTests
{
    [Fact]
    public void A_table_running_past_the_page_limit_is_truncated_with_a_note()
    {
        var options = ReaderOptions.Default with { MaxPdfPages = 2 };
        var extractor = new Extractor(options, Extractor.DefaultRecognizers(LabelDictionary.Default), RuleCatalogue.Default);
        var result = extractor.Extract(Fixtures.Bytes("seed", "seed-lo.pdf"), "seed-lo.pdf").Result!;
        Assert.True(result.Truncated);
        Assert.Contains(result.Notes, n => n.Code == "pdf-pages-skipped");
        Assert.Contains(result.Notes, n => n.Code == "truncated" && n.Message.Contains("page 2"));
    }
}
