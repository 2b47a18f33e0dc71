using System.Buffers.Binary;
using System.IO.Compression;

namespace Preflight.Core.Reporting;

/// <summary>
/// A decoded 8-bit RGBA image, read from and written to PNG with nothing but the runtime's zlib: enough to cut a
/// region out of a browser screenshot for a report. Reads non-interlaced PNGs of 8 or 16 bits per channel (every
/// colour type; palettes and grayscale need 8 bits); anything else, or anything malformed, reads as null.
/// </summary>
public sealed class PngImage
{
    /// <summary>The largest image read (a 1280 × 8000 screenshot is 10.24 million pixels).</summary>
    public const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A blank (opaque white) image, for tests and drawing.</summary>
    public static PngImage Blank(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)width * height, MaxPixels);
        var rgba = new byte[width * height * 4];
        rgba.AsSpan().Fill(255);
        return new PngImage(width, height, rgba);
    }

    /// <summary>The pixel at (x, y) as 0xRRGGBBAA.</summary>
    public uint Pixel(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        return BinaryPrimitives.ReadUInt32BigEndian(_rgba.AsSpan(((y * Width) + x) * 4, 4));
    }

    /// <summary>Paints a rectangle (clipped to the image) with a colour given as 0xRRGGBB.</summary>
    public void Fill(int x, int y, int width, int height, uint rgb)
    {
        var x0 = Math.Clamp(x, 0, Width);
        var y0 = Math.Clamp(y, 0, Height);
        var x1 = Math.Clamp(x + width, 0, Width);
        var y1 = Math.Clamp(y + height, 0, Height);
        for (var row = y0; row < y1; row++)
            for (var col = x0; col < x1; col++)
            {
                var i = ((row * Width) + col) * 4;
                _rgba[i] = (byte)(rgb >> 16);
                _rgba[i + 1] = (byte)(rgb >> 8);
                _rgba[i + 2] = (byte)rgb;
                _rgba[i + 3] = 255;
            }
    }

    /// <summary>The width and height a PNG declares, without decoding it; null when it is not a PNG.</summary>
    public static (int Width, int Height)? ReadSize(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        var w = BinaryPrimitives.ReadUInt32BigEndian(png.Slice(16, 4));
        var h = BinaryPrimitives.ReadUInt32BigEndian(png.Slice(20, 4));
        if (w is 0 or > int.MaxValue || h is 0 or > int.MaxValue) return null;
        return ((int)w, (int)h);
    }

    /// <summary>Decodes a PNG; null when it is malformed, too large or of a kind this reader does not handle.</summary>
    public static PngImage? Decode(ReadOnlySpan<byte> png)
    {
        try
        {
            return DecodeCore(png);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static PngImage? DecodeCore(ReadOnlySpan<byte> png)
    {
        if (ReadSize(png) is not var (width, height)) return null;
        if ((long)width * height > MaxPixels) return null;
        int bitDepth = 0, colorType = -1;
        ReadOnlySpan<byte> palette = default, transparency = default;
        using var idat = new MemoryStream();
        var at = 8;
        var ended = false;
        while (!ended && at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.Slice(at, 4));
            if (length > int.MaxValue || at + 12 + (long)length > png.Length) return null;
            var type = png.Slice(at + 4, 4);
            var data = png.Slice(at + 8, (int)length);
            at += 12 + (int)length;
            if (type.SequenceEqual("IHDR"u8))
            {
                if (data.Length < 13 || data[10] != 0 || data[11] != 0 || data[12] != 0) return null; // interlaced or unknown method
                bitDepth = data[8];
                colorType = data[9];
            }
            else if (type.SequenceEqual("PLTE"u8)) palette = data;
            else if (type.SequenceEqual("tRNS"u8)) transparency = data;
            else if (type.SequenceEqual("IDAT"u8)) idat.Write(data);
            else if (type.SequenceEqual("IEND"u8)) ended = true;
        }
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || bitDepth is not (8 or 16) || (colorType == 3 && (bitDepth != 8 || palette.Length < 3))) return null;
        var bytesPerPixel = channels * bitDepth / 8;
        var stride = (long)width * bytesPerPixel;
        if (stride > int.MaxValue / 2) return null;

        // Rows are filtered against the row above; keep two rows, never the whole raw image.
        var previous = new byte[stride];
        var current = new byte[stride];
        var rgba = new byte[(long)width * height * 4];
        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        Span<byte> filter = stackalloc byte[1];
        for (var y = 0; y < height; y++)
        {
            if (inflate.ReadAtLeast(filter, 1, throwOnEndOfStream: false) != 1) return null;
            if (inflate.ReadAtLeast(current, current.Length, throwOnEndOfStream: false) != current.Length) return null;
            if (!Unfilter(filter[0], current, previous, bytesPerPixel)) return null;
            ToRgba(current, rgba.AsSpan(y * width * 4, width * 4), colorType, bitDepth, palette, transparency);
            (previous, current) = (current, previous);
        }
        return new PngImage(width, height, rgba);
    }

    private static bool Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> above, int bpp)
    {
        switch (filter)
        {
            case 0:
                return true;
            case 1:
                for (var i = bpp; i < row.Length; i++) row[i] += row[i - bpp];
                return true;
            case 2:
                for (var i = 0; i < row.Length; i++) row[i] += above[i];
                return true;
            case 3:
                for (var i = 0; i < row.Length; i++) row[i] += (byte)(((i >= bpp ? row[i - bpp] : 0) + above[i]) >> 1);
                return true;
            case 4:
                for (var i = 0; i < row.Length; i++)
                    row[i] += Paeth(i >= bpp ? row[i - bpp] : (byte)0, above[i], i >= bpp ? above[i - bpp] : (byte)0);
                return true;
            default:
                return false;
        }
    }

    private static byte Paeth(byte a, byte b, byte c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void ToRgba(ReadOnlySpan<byte> row, Span<byte> rgba, int colorType, int bitDepth, ReadOnlySpan<byte> palette, ReadOnlySpan<byte> trns)
    {
        var step = bitDepth / 8; // 16-bit samples keep their high byte
        var pixels = rgba.Length / 4;
        for (var p = 0; p < pixels; p++)
        {
            byte r, g, b, a = 255;
            switch (colorType)
            {
                case 0:
                    r = g = b = row[p * step];
                    if (trns.Length >= 2 && bitDepth == 8 && trns[1] == r && trns[0] == 0) a = 0;
                    break;
                case 2:
                    r = row[p * 3 * step];
                    g = row[((p * 3) + 1) * step];
                    b = row[((p * 3) + 2) * step];
                    break;
                case 3:
                    var index = row[p];
                    if ((index * 3) + 2 >= palette.Length) r = g = b = 0;
                    else
                    {
                        r = palette[index * 3];
                        g = palette[(index * 3) + 1];
                        b = palette[(index * 3) + 2];
                    }
                    if (index < trns.Length) a = trns[index];
                    break;
                case 4:
                    r = g = b = row[p * 2 * step];
                    a = row[((p * 2) + 1) * step];
                    break;
                default:
                    r = row[p * 4 * step];
                    g = row[((p * 4) + 1) * step];
                    b = row[((p * 4) + 2) * step];
                    a = row[((p * 4) + 3) * step];
                    break;
            }
            rgba[p * 4] = r;
            rgba[(p * 4) + 1] = g;
            rgba[(p * 4) + 2] = b;
            rgba[(p * 4) + 3] = a;
        }
    }

    /// <summary>The region (clipped to the image; at least one pixel) as a new image.</summary>
    public PngImage Crop(int x, int y, int width, int height)
    {
        var x0 = Math.Clamp(x, 0, Width - 1);
        var y0 = Math.Clamp(y, 0, Height - 1);
        var w = Math.Clamp(width, 1, Width - x0);
        var h = Math.Clamp(height, 1, Height - y0);
        var rgba = new byte[w * h * 4];
        for (var row = 0; row < h; row++)
            _rgba.AsSpan((((y0 + row) * Width) + x0) * 4, w * 4).CopyTo(rgba.AsSpan(row * w * 4));
        return new PngImage(w, h, rgba);
    }

    /// <summary>The image shrunk by a whole factor, each pixel the average of a factor × factor block.</summary>
    public PngImage Shrink(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (factor == 1) return this;
        var w = Math.Max(1, Width / factor);
        var h = Math.Max(1, Height / factor);
        var rgba = new byte[w * h * 4];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
                for (var c = 0; c < 4; c++)
                {
                    int sum = 0, n = 0;
                    for (var dy = 0; dy < factor && (y * factor) + dy < Height; dy++)
                        for (var dx = 0; dx < factor && (x * factor) + dx < Width; dx++, n++)
                            sum += _rgba[((((y * factor) + dy) * Width) + (x * factor) + dx) * 4 + c];
                    rgba[(((y * w) + x) * 4) + c] = (byte)(sum / n);
                }
        return new PngImage(w, h, rgba);
    }

    /// <summary>Encodes as PNG: RGB when every pixel is opaque, else RGBA; each row with the filter that suits it best.</summary>
    public byte[] Encode()
    {
        var opaque = true;
        for (var i = 3; i < _rgba.Length && opaque; i += 4) opaque = _rgba[i] == 255;
        var bpp = opaque ? 3 : 4;
        var stride = Width * bpp;

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var previous = new byte[stride];
            var current = new byte[stride];
            var candidate = new byte[stride + 1];
            var best = new byte[stride + 1];
            for (var y = 0; y < Height; y++)
            {
                var src = _rgba.AsSpan(y * Width * 4, Width * 4);
                if (opaque)
                    for (var x = 0; x < Width; x++)
                    {
                        current[x * 3] = src[x * 4];
                        current[(x * 3) + 1] = src[(x * 4) + 1];
                        current[(x * 3) + 2] = src[(x * 4) + 2];
                    }
                else src.CopyTo(current);
                var bestScore = long.MaxValue;
                for (byte f = 0; f <= 4; f++)
                {
                    var score = Filter(f, current, previous, bpp, candidate);
                    if (score < bestScore)
                    {
                        bestScore = score;
                        (best, candidate) = (candidate, best);
                    }
                }
                z.Write(best);
                (previous, current) = (current, previous);
            }
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)Width);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], (uint)Height);
        header[8] = 8;
        header[9] = (byte)(opaque ? 2 : 6);
        header[10] = header[11] = header[12] = 0;
        WriteChunk(png, "IHDR"u8, header);
        WriteChunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    /// <summary>Writes the row filtered with <paramref name="filter"/> (type byte first); returns the sum of |signed bytes|, the usual guess at how well it compresses.</summary>
    private static long Filter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, int bpp, Span<byte> output)
    {
        output[0] = filter;
        var o = output[1..(row.Length + 1)];
        switch (filter)
        {
            case 0:
                row.CopyTo(o);
                break;
            case 1:
                row[..bpp].CopyTo(o);
                for (var i = bpp; i < row.Length; i++) o[i] = (byte)(row[i] - row[i - bpp]);
                break;
            case 2:
                for (var i = 0; i < row.Length; i++) o[i] = (byte)(row[i] - above[i]);
                break;
            case 3:
                for (var i = 0; i < bpp; i++) o[i] = (byte)(row[i] - (above[i] >> 1));
                for (var i = bpp; i < row.Length; i++) o[i] = (byte)(row[i] - ((row[i - bpp] + above[i]) >> 1));
                break;
            default:
                for (var i = 0; i < bpp; i++) o[i] = (byte)(row[i] - above[i]);
                for (var i = bpp; i < row.Length; i++) o[i] = (byte)(row[i] - Paeth(row[i - bpp], above[i], above[i - bpp]));
                break;
        }
        long score = 0;
        foreach (var v in o) score += v < 128 ? v : 256 - v;
        return score;
    }

    private static void WriteChunk(Stream s, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        s.Write(word);
        s.Write(type);
        s.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        s.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
