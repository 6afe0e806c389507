using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PerfEval.Extract.Reading.Archives;

/// <summary>
/// Checks a zip-based document (DOCX, XLSX) before OpenXml opens it: the archive must open, its declared sizes must
/// stay under <see cref="ReaderOptions.MaxInflatedBytes"/>, and so must the bytes it really inflates to, since declared
/// sizes can lie. A big part that compresses better than <see cref="MaxRatio"/>:1 is refused as a zip bomb.
/// Every part is inflated once here from its raw data (the documents are small), so its true size is known before
/// OpenXml reads it; a part inflating past its declared size is refused too.
/// </summary>
internal static class ZipGuard
{
    /// <summary>Text XML compresses at 5–30:1, and a little further for very repetitive sheets; 200:1 is a crafted archive.</summary>
    internal const long MaxRatio = 200;

    /// <summary>Parts smaller than this may compress as well as they like: they cannot hurt.</summary>
    internal const long RatioFloorBytes = 1L << 20;

    /// <summary>The checks every office document passes before it is opened: not empty, not too large, a sane archive.</summary>
    internal static void Admit(ReadOnlyMemory<byte> bytes, ReaderOptions options, string kind)
    {
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(ErrorCodes.Empty, "the file is empty");
        if (bytes.Length > options.MaxDocumentBytes)
            throw new UnreadableDocumentException(ErrorCodes.TooLarge, $"the {kind} is larger than {options.MaxDocumentBytes} bytes");
        Check(bytes, options, kind);
    }

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

            // Measure what each part really inflates to. ZipArchive stops reading a part at its declared size, so a part
            // that lies about its size would be cut short rather than measured: inflate the raw data instead.
            var parts = RawParts(bytes);
            long inflated = 0;
            if (parts is null)
            {
                foreach (var entry in zip.Entries)
                {
                    using var stream = entry.Open();
                    inflated = Count(stream, entry.FullName, entry.CompressedLength, inflated, limit, kind, declared);
                }
                return;
            }
            foreach (var (name, method, offset, compressed, stated) in parts)
            {
                using var raw = OpenStream(bytes.Slice((int)offset, (int)compressed));
                using Stream stream = method switch
                {
                    0 => raw,
                    8 => new DeflateStream(raw, CompressionMode.Decompress),
                    _ => throw new UnreadableDocumentException(ErrorCodes.BrokenArchive,
                        $"part {name} of the {kind} archive uses compression method {method}, which office documents do not use"),
                };
                var before = inflated;
                inflated = Count(stream, name, compressed, inflated, limit, kind, declared);
                if (inflated - before > stated)
                    throw Bomb($"part {name} of the {kind} archive inflates past its declared size ({Size(inflated - before)}, declared {Size(stated)})");
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new UnreadableDocumentException(ErrorCodes.BrokenArchive, $"a broken {kind} archive ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>Reads a part to its end, counting against the total limit and the ratio; returns the new total.</summary>
    private static long Count(Stream stream, string name, long compressed, long inflated, long limit, string kind, long declared)
    {
        var buffer = new byte[81920];
        long part = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            part += read;
            inflated += read;
            if (inflated > limit)
                throw Bomb($"the {kind} archive inflates past {Size(limit)} (the limit) although it declares {Size(declared)}");
            if (part > RatioFloorBytes && part > MaxRatio * Math.Max(compressed, 1))
                throw Bomb($"part {name} of the {kind} archive inflates more than {MaxRatio} times its compressed size");
        }
        return inflated;
    }

    /// <summary>
    /// The parts as the central directory lists them, with where their raw data starts in the file; null for a
    /// ZIP64 archive (left to ZipArchive). Offsets that point outside the file make the archive broken.
    /// </summary>
    private static List<(string Name, int Method, long Offset, long Compressed, long Stated)>? RawParts(ReadOnlyMemory<byte> memory)
    {
        var bytes = memory.Span;
        var end = -1;
        for (var i = bytes.Length - 22; i >= Math.Max(0, bytes.Length - 22 - 65535); i--)
            if (U32(bytes, i) == 0x06054b50) { end = i; break; }
        if (end < 0) throw Broken("no end of central directory");
        var count = U16(bytes, end + 10);
        var directory = U32(bytes, end + 16);
        if (count == 0xFFFF || directory == 0xFFFFFFFF) return null;

        var parts = new List<(string, int, long, long, long)>(count);
        var p = (long)directory;
        for (var n = 0; n < count; n++)
        {
            if (p + 46 > bytes.Length || U32(bytes, (int)p) != 0x02014b50) throw Broken("a damaged central directory");
            var at = (int)p;
            var method = U16(bytes, at + 10);
            long compressed = U32(bytes, at + 20), stated = U32(bytes, at + 24), local = U32(bytes, at + 42);
            int nameLength = U16(bytes, at + 28), extra = U16(bytes, at + 30), comment = U16(bytes, at + 32);
            if (compressed == 0xFFFFFFFF || stated == 0xFFFFFFFF || local == 0xFFFFFFFF) return null;
            if (at + 46 + nameLength > bytes.Length) throw Broken("a damaged central directory");
            var name = System.Text.Encoding.UTF8.GetString(bytes.Slice(at + 46, nameLength));
            if (local + 30 > bytes.Length || U32(bytes, (int)local) != 0x04034b50) throw Broken($"part {name} has no local header");
            var data = local + 30 + U16(bytes, (int)local + 26) + U16(bytes, (int)local + 28);
            if (data + compressed > bytes.Length) throw Broken($"part {name} runs past the end of the file");
            parts.Add((name, method, data, compressed, stated));
            p += 46 + nameLength + extra + comment;
        }
        return parts;
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);

    private static UnreadableDocumentException Broken(string what) => new(ErrorCodes.BrokenArchive, $"a broken zip archive ({what})");

    private static UnreadableDocumentException Bomb(string reason) => new(ErrorCodes.ZipBomb, reason);

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
