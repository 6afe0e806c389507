using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PerfEval.Extract.Reading.Archives;

/// <summary>
/// Checks a zip-based document (DOCX, XLSX) before OpenXml opens it: the archive must open, its declared sizes must
/// stay under <see cref="ReaderOptions.MaxInflatedBytes"/>, and so must the bytes it really inflates to, since declared
/// sizes can lie. A big part that compresses better than <see cref="MaxRatio"/>:1 is refused as a zip bomb.
/// Every part is inflated once here (the documents are small), so nothing OpenXml reads later can exceed the limit.
/// </summary>
internal static class ZipGuard
{
    /// <summary>Text XML compresses at 5–30:1, and a little further for very repetitive sheets; 200:1 is a crafted archive.</summary>
    internal const long MaxRatio = 200;

    /// <summary>Parts smaller than this may compress as well as they like: they cannot hurt.</summary>
    internal const long RatioFloorBytes = 1L << 20;

    /// <summary>Opens the bytes as a read-only stream without copying them when possible.</summary>
    internal static MemoryStream OpenStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <param name="kind">"DOCX" or "XLSX", for the messages.</param>
    internal static void Check(ReadOnlyMemory<byte> bytes, ReaderOptions options, string kind)
    {
        var limit = options.MaxInflatedBytes;
        if (!bytes.Span.StartsWith("PK"u8))
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, TextDecoding.LooksBinary(bytes.Span)
                ? $"not a zip archive, so not a {kind} (a {kind} is a zip of XML parts)"
                : $"not a zip archive, so not a {kind}: the file holds plain text (a CSV or text export saved under a {kind} name?)");
        try
        {
            using var zip = new ZipArchive(OpenStream(bytes), ZipArchiveMode.Read);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > limit)
                    throw Bomb($"the {kind} archive declares more than {Size(limit)} once inflated (the limit)");
                if (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                    throw Bomb($"part {entry.FullName} of the {kind} archive declares a compression ratio above {MaxRatio}:1 "
                        + $"({Size(entry.CompressedLength)} inflating to {Size(entry.Length)})");
            }

            var buffer = new byte[81920];
            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                long part = 0;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    part += read;
                    inflated += read;
                    if (inflated > limit)
                        throw Bomb($"the {kind} archive inflates past {Size(limit)} (the limit) although it declares {Size(declared)}");
                    if (part > RatioFloorBytes && part > MaxRatio * Math.Max(entry.CompressedLength, 1))
                        throw Bomb($"part {entry.FullName} of the {kind} archive inflates more than {MaxRatio} times its compressed size");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, $"a broken {kind} archive ({e.Message.TrimEnd('.')})");
        }
    }

    private static UnreadableDocumentException Bomb(string reason) => new(ErrorCodes.ZipBomb, reason);

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
