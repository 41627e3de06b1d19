using System.IO.Compression;
using System.Xml;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// What an uploaded file must be before ClosedXML opens it: at most 5 MB; a zip (by its first bytes,
/// not its name) holding <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>; no macros; at most
/// 50 MB unpacked, counted while actually unpacking (an entry's declared size can lie) and no entry
/// unpacking to more than 100 times its packed size (a zip bomb); at most 250 000 cells in all sheets,
/// since ClosedXML holds every cell in memory. The checks read the file once, in a bounded amount of
/// memory and time.
/// </summary>
/// <remarks>
/// ClosedXML 0.95.4 decodes every embedded picture with System.Drawing (libgdiplus on Linux) when it
/// opens a workbook, and a picture it cannot decode makes the whole workbook unreadable. Pictures
/// mean nothing to an activity plan, so <see cref="Open"/> hands ClosedXML a copy in which each one
/// is a blank 1x1 PNG: no image from a user's file is ever decoded.
/// </remarks>
public static class XlsxPackage
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;
    public const int MaxEntries = 1000;
    public const int MaxRatio = 100;
    /// <summary>Small parts compress well without being bombs; the ratio counts from this size.</summary>
    public const long RatioFrom = 1024 * 1024;
    public const int MaxCells = 250_000;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A blank 1x1 PNG, put in place of every picture.</summary>
    private static readonly byte[] BlankPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>Checks the file; on success gives the bytes ClosedXML may open (pictures blanked).</summary>
    public static (byte[]? Safe, ImportMessage? Problem) Open(byte[] file)
    {
        if (file.Length == 0)
        {
            return (null, new(ImportMessages.EmptyFile));
        }
        if (file.Length > MaxFileBytes)
        {
            return (null, TooBig(file.Length));
        }
        if (file.AsSpan().StartsWith(OleMagic))
        {
            return (null, new(ImportMessages.OldOrEncrypted));
        }
        if (!file.AsSpan().StartsWith(ZipMagic))
        {
            return (null, new(ImportMessages.NotXlsx));
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            var problem = Inspect(zip, out var hasPictures);
            if (problem is not null)
            {
                return (null, problem);
            }
            return (hasPictures ? WithBlankPictures(zip) : file, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // Not a readable zip: a damaged file, an unsupported compression method, a broken header.
            return (null, new(ImportMessages.NotXlsx));
        }
    }

    public static ImportMessage TooBig(long bytes) =>
        new(ImportMessages.TooBig, bytes / (1024.0 * 1024.0));

    private static ImportMessage? Inspect(ZipArchive zip, out bool hasPictures)
    {
        hasPictures = false;
        if (zip.Entries.Count > MaxEntries)
        {
            return new(ImportMessages.TooManyParts);
        }
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!names.Contains("[Content_Types].xml") || !names.Contains("xl/workbook.xml"))
        {
            return new(ImportMessages.NotXlsx);
        }
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return new(ImportMessages.Macros);
        }
        long unpacked = 0;
        var cells = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = new BoundedStream(entry.Open(), MaxUnpackedBytes - unpacked, Math.Max(entry.CompressedLength, 1));
            try
            {
                if (entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                {
                    using var reader = new StreamReader(stream, leaveOpen: true);
                    if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    {
                        return new(ImportMessages.Macros);
                    }
                }
                else if (IsWorksheet(entry.FullName))
                {
                    cells += CountCells(stream, MaxCells - cells);
                    if (cells > MaxCells)
                    {
                        return new(ImportMessages.TooManyCells);
                    }
                }
                stream.CopyTo(Stream.Null);
            }
            catch (Unpacked.TooMuch)
            {
                return new(ImportMessages.TooBigUnpacked);
            }
            catch (Unpacked.Bomb)
            {
                return new(ImportMessages.Bomb, entry.FullName);
            }
            catch (XmlException)
            {
                return new(ImportMessages.Corrupt);
            }
            unpacked += stream.Count;
            hasPictures |= entry.FullName.StartsWith("xl/media/", StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("/_rels/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the cells of a sheet, stopping once past <paramref name="budget"/>. DTDs are never processed.</summary>
    private static int CountCells(Stream sheet, int budget)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true, CloseInput = false };
        using var reader = XmlReader.Create(sheet, settings);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && ++count > budget)
            {
                break;
            }
        }
        return count;
    }

    private static byte[] WithBlankPictures(ZipArchive source)
    {
        using var copy = new MemoryStream();
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var into = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var output = into.Open();
                if (entry.FullName.StartsWith("xl/media/", StringComparison.OrdinalIgnoreCase))
                {
                    output.Write(BlankPng);
                }
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(output);
                }
            }
        }
        return copy.ToArray();
    }

    private static class Unpacked
    {
        public sealed class TooMuch : Exception;

        public sealed class Bomb : Exception;
    }

    /// <summary>Counts what is unpacked and stops at the budget or when the ratio to the packed size is absurd.</summary>
    private sealed class BoundedStream(Stream inner, long budget, long packed) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        private int Counted(int read)
        {
            Count += read;
            if (Count > budget)
            {
                throw new Unpacked.TooMuch();
            }
            if (Count > RatioFrom && Count / packed > MaxRatio)
            {
                throw new Unpacked.Bomb();
            }
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
