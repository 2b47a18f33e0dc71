using System.Text;
using System.Text.RegularExpressions;

namespace Preflight.Gathering;

/// <summary>Turns body bytes into text the way a browser picks the encoding: BOM, then the header's charset, then a meta tag, then UTF-8.</summary>
internal static partial class TextDecoding
{
    public static string Decode(byte[] bytes, string? headerCharset)
    {
        if (bytes.Length == 0) return "";
        var (bom, skip) = FromBom(bytes);
        var encoding = bom ?? Find(headerCharset) ?? Find(MetaCharset(bytes)) ?? new UTF8Encoding(false);
        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static (Encoding?, int) FromBom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    /// <summary>The encoding for a label, or null when unknown; latin1 labels mean windows-1252, as in browsers.</summary>
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8") return new UTF8Encoding(false);
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252") label = "windows-1252";
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(label);
        }
    }

    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        try
        {
            var m = MetaPattern().Match(head);
            return m.Success ? m.Groups["cs"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]{0,300}?charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-:.]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 2000)]
    private static partial Regex MetaPattern();
}
