using System.IO.Compression;
using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

public sealed class PngImageTests
{
    [Fact]
    public void Encoded_image_decodes_to_the_same_pixels()
    {
        var image = PngImage.Blank(37, 23);
        image.Fill(5, 4, 10, 6, 0x123456);
        image.Fill(30, 0, 20, 50, 0xFF0000); // clipped at the edges
        var png = image.Encode();
        Assert.Equal((37, 23), PngImage.ReadSize(png));
        var back = PngImage.Decode(png)!;
        Assert.Equal((37, 23), (back.Width, back.Height));
        for (var y = 0; y < 23; y++)
            for (var x = 0; x < 37; x++)
                Assert.Equal(image.Pixel(x, y), back.Pixel(x, y));
        Assert.Equal(0x123456FFu, back.Pixel(5, 4));
        Assert.Equal(0xFF0000FFu, back.Pixel(36, 22));
        Assert.Equal(0xFFFFFFFFu, back.Pixel(4, 4));
    }

    [Fact]
    public void Crop_takes_the_region_and_clips_it_to_the_image()
    {
        var image = PngImage.Blank(100, 80);
        image.Fill(40, 30, 2, 2, 0x00FF00);
        var cut = image.Crop(30, 20, 20, 20);
        Assert.Equal((20, 20), (cut.Width, cut.Height));
        Assert.Equal(0x00FF00FFu, cut.Pixel(10, 10));
        Assert.Equal(0xFFFFFFFFu, cut.Pixel(9, 10));
        var edge = image.Crop(90, 70, 50, 50);
        Assert.Equal((10, 10), (edge.Width, edge.Height));
    }

    [Fact]
    public void Shrink_averages_blocks()
    {
        var image = PngImage.Blank(4, 2);
        image.Fill(0, 0, 1, 1, 0x000000); // one black pixel in the first 2×2 block
        var half = image.Shrink(2);
        Assert.Equal((2, 1), (half.Width, half.Height));
        Assert.Equal(0xBFBFBFFFu, half.Pixel(0, 0));
        Assert.Equal(0xFFFFFFFFu, half.Pixel(1, 0));
    }

    [Fact]
    public void Reads_a_palette_png_with_transparency()
    {
        // 2×1, palette [red, blue], the second entry half transparent; rows unfiltered.
        var png = Build(2, 1, bitDepth: 8, colorType: 3, raw: [0, 0, 1],
            ("PLTE", [255, 0, 0, 0, 0, 255]), ("tRNS", [255, 128]));
        var image = PngImage.Decode(png)!;
        Assert.Equal(0xFF0000FFu, image.Pixel(0, 0));
        Assert.Equal(0x0000FF80u, image.Pixel(1, 0));
        // Transparent pixels are kept as RGBA on the way out.
        Assert.Equal(0x0000FF80u, PngImage.Decode(image.Encode())!.Pixel(1, 0));
    }

    [Fact]
    public void Reads_every_row_filter()
    {
        // 3×5 RGB, one row per filter type (None, Sub, Up, Average, Paeth) over the same intended values.
        byte[] row = [10, 20, 30, 40, 50, 60, 70, 80, 90];
        var raw = new List<byte>();
        var previous = new byte[9];
        for (byte f = 0; f <= 4; f++)
        {
            raw.Add(f);
            for (var i = 0; i < 9; i++)
            {
                var a = i >= 3 ? row[i - 3] : 0;
                var b = previous[i];
                var c = i >= 3 ? previous[i - 3] : 0;
                var predictor = f switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Paeth(a, b, c),
                };
                raw.Add((byte)(row[i] - predictor));
            }
            previous = row;
        }
        var image = PngImage.Decode(Build(3, 5, 8, 2, [.. raw]))!;
        for (var y = 0; y < 5; y++)
        {
            Assert.Equal(0x0A141EFFu, image.Pixel(0, y));
            Assert.Equal(0x46505AFFu, image.Pixel(2, y));
        }
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 })]
    public void Malformed_input_reads_as_null(byte[] bytes) => Assert.Null(PngImage.Decode(bytes));

    [Fact]
    public void Refuses_interlaced_images_and_images_too_large_to_hold()
    {
        Assert.Null(PngImage.Decode(Build(1, 1, 8, 2, [0, 1, 2, 3], interlace: 1)));
        Assert.Null(PngImage.Decode(Build(100_000, 100_000, 8, 2, [0])));
        Assert.Null(PngImage.Decode(Build(2, 2, 8, 2, [0, 1, 2, 3]))); // data for less than one row
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>A PNG from raw (already filtered) scanlines. CRCs are left zero: the reader does not check them.</summary>
    private static byte[] Build(int width, int height, byte bitDepth, byte colorType, byte[] raw, params (string Type, byte[] Data)[] extra) =>
        Build(width, height, bitDepth, colorType, raw, 0, extra);

    private static byte[] Build(int width, int height, byte bitDepth, byte colorType, byte[] raw, byte interlace, params (string Type, byte[] Data)[] extra)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        byte[] header = [.. BigEndian(width), .. BigEndian(height), bitDepth, colorType, 0, 0, interlace];
        Chunk(png, "IHDR", header);
        foreach (var (type, data) in extra) Chunk(png, type, data);
        using var z = new MemoryStream();
        using (var deflate = new ZLibStream(z, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(raw);
        Chunk(png, "IDAT", z.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static void Chunk(Stream s, string type, byte[] data)
    {
        s.Write(BigEndian(data.Length));
        s.Write(System.Text.Encoding.ASCII.GetBytes(type));
        s.Write(data);
        s.Write([0, 0, 0, 0]);
    }
}
