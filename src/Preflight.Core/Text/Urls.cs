using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>A web address found in text, with or without its scheme.</summary>
public sealed record UrlMatch(int Start, int Length, string Value, string? Scheme, string Host, string PathAndQuery)
{
    public bool HasScheme => Scheme is not null;
    public bool IsHttps => string.Equals(Scheme, "https", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address with https:// added when it was written without a scheme.</summary>
    public string Absolute => HasScheme ? Value : "https://" + Value;
}

/// <summary>
/// Finds web addresses: <c>https://acme.com/x</c>, <c>www.acme.com</c>, and bare <c>acme.com/offer</c>. An address
/// without a scheme must end in a real top-level domain; without "www." or a path that domain must also be a common one.
/// </summary>
public static partial class Urls
{
    private const int T = 2000;

    // Top-level domains common enough that a bare "name.tld" with neither "www." nor a path is read as an address.
    // Any other top-level domain (data/top-level-domains.txt) needs "www." or a path: "cedarcreek.vet/book" and
    // "www.cedarcreek.vet" are addresses, but "today.click" or "dept.zip" are a sentence or a file missing a space.
    private const string CommonTlds = "com|net|org|io|co|us|biz|info|app|dev|ly|gl|me|tv|ai|edu|gov|mil|health|care|shop|store|online|site|website|link|page|club|live|xyz|tech|cloud|agency|email|ca|uk|au|de|fr|es|it|nl|mx|br|in|cc|to|gd|is|im|at|ch|be|se|no|dk|fi|ie|nz|sg|jp|cn|ru|pl|pt|cz|la|ws|li|sh|tk|ml|ga|cf|gq|bit|fyi|news|blog|law|legal|dental|clinic|salon|pizza|restaurant|bank|insurance|finance|loans|credit|realty|homes|church|school|academy|university|events|tickets|travel|auto|cars|fitness|yoga|coffee|menu|delivery|studio|design|media|social|team|solutions|services|company|group|inc|llc|ltd|pro|global|world|one|plus|zone|today|top|vip|win|bet|casino|poker|ms|gy|ee|id|ae|ht|nu|cl|lol|su|gs|vc|st|sk|kr|tw|do|by|cm|gg|fm|am|ink|mp|coop|vet|museum|aero";

    private static readonly FrozenSet<string> Common = CommonTlds.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<UrlMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayHoldAddress(text)) return [];
        List<UrlMatch>? list = null;
        // The candidates go in a buffer on the stack, or a rented one when a text has more than it holds. (An inline
        // array rather than stackalloc, which would keep the method from being recompiled with what tiering learns.)
        int[]? rented = null;
        var buffer = default(CandidateBuffer);
        var candidates = Candidates(text, buffer, ref rented);
        int next = 0, tried = -1;
        foreach (var at in candidates)
        {
            // Left to right, resuming after each address, as Regex.Matches would.
            if (at < next || at == tried) continue;
            tried = at;
            // The bounds of the match are all that is needed: its parts are read from the text (see Parts).
            foreach (var m in AddressAt().EnumerateMatches(text, at))
            {
                next = m.Index + m.Length;
                if (Accept(text, Parts(text, m.Index, m.Length)) is { } url) (list ??= []).Add(url);
                break;
            }
        }
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        return list ?? (IReadOnlyList<UrlMatch>)[];
    }

    [System.Runtime.CompilerServices.InlineArray(32)]
    private struct CandidateBuffer
    {
        private int _first;
    }

    /// <summary>
    /// <see cref="Find"/> the ordinary way, for the test that holds it to the pattern: searched everywhere instead of
    /// only at the candidates, with the scheme, host and top-level domain read from the pattern's named groups instead
    /// of from the text.
    /// </summary>
    internal static IReadOnlyList<UrlMatch> FindEverywhere(string text)
    {
        var list = new List<UrlMatch>();
        foreach (Match m in AddressAnywhere().Matches(text))
        {
            var scheme = m.Groups["scheme"];
            var host = m.Groups["host"];
            var parts = new AddressParts(m.Index, m.Length, scheme.Success ? scheme.Length : 0, host.Index, host.Length, m.Groups["tld"].Length);
            if (Accept(text, parts) is { } url) list.Add(url);
        }
        return list;
    }

    /// <summary>Where a match of the address pattern and its named groups lie in the text.</summary>
    private readonly record struct AddressParts(int Index, int Length, int SchemeLength, int HostIndex, int HostLength, int TldLength);

    /// <summary>
    /// The groups of a match of the address pattern, read from the text. Only a match with a scheme has "://" after
    /// four or five letters (a bare host has a dot before any colon). The host follows the scheme, or starts the match;
    /// neither kind of host has a colon, slash, "?" or "#", and after the host the pattern allows only a port (":") or a
    /// path ("/", "?", "#"), so the host runs up to the first of those. A bare host's top-level domain is its last label.
    /// </summary>
    private static AddressParts Parts(string text, int index, int length)
    {
        var match = text.AsSpan(index, length);
        var scheme = 0;
        foreach (var k in (ReadOnlySpan<int>)[4, 5])
            if (match.Length > k + 2 && match.Slice(k, 3).SequenceEqual("://") && AllLetters(match[..k])) scheme = k;
        var hostStart = scheme == 0 ? 0 : scheme + 3;
        var hostLength = match[hostStart..].IndexOfAny(":/?#");
        if (hostLength < 0) hostLength = match.Length - hostStart;
        var tld = scheme == 0 ? hostLength - match.Slice(hostStart, hostLength).LastIndexOf('.') - 1 : 0;
        return new AddressParts(index, length, scheme, index + hostStart, hostLength, tld);

        // Case-insensitive matching lets a few non-ASCII letters stand for the scheme's ASCII ones ("ſ" for "s").
        static bool AllLetters(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
                if (!char.IsLetter(c)) return false;
            return true;
        }
    }

    // An address the pattern matched, unless it is an e-mail's domain or a sentence missing its space.
    private static UrlMatch? Accept(string text, AddressParts m)
    {
        if (m.Index > 0 && text[m.Index - 1] == '@') return null; // the domain of an e-mail address
        var hasScheme = m.SchemeLength > 0;
        if (!hasScheme && !IsTopLevelDomain(text.AsSpan(m.HostIndex + m.HostLength - m.TldLength, m.TldLength)))
        {
            // "acme.com.Thanks": the address ends at the last label that is a top-level domain, and a path after the
            // whole run is not its path.
            var run = text.AsSpan(m.HostIndex, m.HostLength);
            var cut = run.LastIndexOf('.');
            while (cut > 0 && !IsTopLevelDomain(run[(run[..cut].LastIndexOf('.') + 1)..cut])) cut = run[..cut].LastIndexOf('.');
            if (cut <= 0 || run[..cut].IndexOf('.') < 0) return null;
            var tld = cut - run[..cut].LastIndexOf('.') - 1;
            m = new AddressParts(m.Index, cut, 0, m.HostIndex, cut, tld);
        }
        var host = text.AsSpan(m.HostIndex, m.HostLength);
        if (!hasScheme && !LooksLikeBareAddress(host, host[^m.TldLength..])) return null;
        var trimmed = text.AsSpan(m.Index, m.Length).TrimEnd(".,;:!?)]\"'’”").Length;
        if (trimmed == 0) return null;
        var hostEnd = m.HostIndex - m.Index + m.HostLength;
        // A bare host is an address when it starts "www.", is followed by a path, or ends in a common top-level domain.
        if (!hasScheme && trimmed <= hostEnd && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && !Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(host[^m.TldLength..]))
            return null;
        // A field that is one address (a website or policy link) is its own value.
        var value = m.Index == 0 && trimmed == text.Length ? text : text.Substring(m.Index, trimmed);
        var rest = value.Length > hostEnd ? value[hostEnd..] : "";
        return new UrlMatch(m.Index, value.Length, value, hasScheme ? Scheme(value.AsSpan(0, m.SchemeLength)) : null, Lower(host, value, m.HostIndex - m.Index), rest);
    }

    // The scheme in lower case: "http" or "https" without a new string for either.
    private static string Scheme(ReadOnlySpan<char> scheme) =>
        System.Text.Ascii.EqualsIgnoreCase(scheme, "https") ? "https"
        : System.Text.Ascii.EqualsIgnoreCase(scheme, "http") ? "http"
        : scheme.ToString().ToLowerInvariant();

    // The host in lower case, in one new string (or none, when the value is the host already in lower case). The host
    // patterns take ASCII letters, digits, dots and hyphens only, which lower-case alike by either rule.
    private static string Lower(ReadOnlySpan<char> host, string value, int at)
    {
        if (!System.Text.Ascii.IsValid(host)) return host.ToString().ToLowerInvariant();
        if (!host.ContainsAnyInRange('A', 'Z')) return at == 0 && host.Length == value.Length ? value : host.ToString();
        return string.Create(host.Length, (value, at), static (chars, v) => System.Text.Ascii.ToLower(v.value.AsSpan(v.at, chars.Length), chars, out _));
    }

    private static bool IsTopLevelDomain(ReadOnlySpan<char> label) =>
        label.Length >= 2 && ReferenceData.Default.TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label);

    // "today.It" or "out.No" is a sentence missing its space, not a web address: a bare address (no scheme) whose
    // last label is written "Xx" is not taken, and neither is one whose labels are all digits but the last.
    private static bool LooksLikeBareAddress(ReadOnlySpan<char> host, ReadOnlySpan<char> tld)
    {
        if (tld.Length >= 2 && char.IsUpper(tld[0]) && HasLower(tld[1..]) && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return false;
        var firstDot = host.IndexOf('.');
        if (firstDot > 0 && host[..firstDot].IndexOfAnyExceptInRange('0', '9') < 0 && host[(firstDot + 1)..].IndexOf('.') < 0)
            return false; // "10.am", "3.5.co"
        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>
    /// Where an address can start, in order: four or five characters before "://" (an "http" or "https" scheme), and
    /// the start of the run of letters, digits and hyphens before a dot that follows a letter or digit (a bare host
    /// begins there: its first label runs up to its first dot, and nothing of [\w@.-/] may stand before it). Every
    /// match of the address pattern starts at one of these, so trying only these finds the same addresses.
    /// </summary>
    private static ReadOnlySpan<int> Candidates(string text, Span<int> buffer, ref int[]? rented)
    {
        var n = 0;
        for (var k = text.IndexOf("://", StringComparison.Ordinal); k >= 0; k = text.IndexOf("://", k + 1, StringComparison.Ordinal))
        {
            if (k >= 5) Add(k - 5, ref buffer, ref n, ref rented);
            if (k >= 4) Add(k - 4, ref buffer, ref n, ref rented);
        }
        for (var d = text.IndexOf('.', StringComparison.Ordinal); d >= 0; d = text.IndexOf('.', d + 1))
        {
            if (d == 0 || !char.IsAsciiLetterOrDigit(text[d - 1])) continue;
            // A host's next label (or its top-level domain) starts right after the dot; the end of a sentence ("apply. Reply")
            // cannot start an address. Non-ASCII stays a candidate: case-insensitive matching equates a few such letters
            // with ASCII ones.
            if (d + 1 >= text.Length || !(char.IsAsciiLetterOrDigit(text[d + 1]) || text[d + 1] >= 0x80)) continue;
            var s = d - 1;
            while (s > 0 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '-')) s--;
            // After "@", ".", "/" or "_" a bare host cannot start (the look-behind), and a scheme cannot start inside a
            // run of letters, digits and hyphens that ends at a dot: the domain of an e-mail address, or a label
            // further into a host, is no candidate.
            if (s > 0 && text[s - 1] is '@' or '.' or '/' or '_') continue;
            Add(s, ref buffer, ref n, ref rented);
        }
        var found = buffer[..n];
        found.Sort();
        return found;

        static void Add(int at, ref Span<int> buffer, ref int n, ref int[]? rented)
        {
            if (n == buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<int>.Shared.Rent(buffer.Length * 2);
                buffer.CopyTo(larger);
                if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
                rented = larger;
                buffer = larger;
            }
            buffer[n++] = at;
        }
    }

    // An address has a scheme ("https://intranet/x" needs no dot) or a dot between two letters or digits ("acme.com",
    // "bit.ly"); most sentences have neither.
    private static bool MayHoldAddress(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal)) return true;
        for (var i = text.IndexOf('.', StringComparison.Ordinal); i > 0 && i < text.Length - 1; i = text.IndexOf('.', i + 1))
            if (char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1])) return true;
        return false;
    }

    /// <summary>Parses a URL field (<c>privacyPolicyLink</c>, <c>website</c>); null when it is not a web address.</summary>
    public static UrlMatch? Parse(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return null;
        var t = field.Trim();
        var all = Find(t);
        return all.Count == 1 && all[0].Start == 0 && all[0].Length >= t.TrimEnd('/').Length ? all[0] : all.Count > 0 ? all[0] : null;
    }

    /// <summary>The registrable-looking part of a host: <c>shop.acme.co.uk</c> gives <c>acme</c>.</summary>
    public static string SiteName(string host)
    {
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        if (labels.Length >= 3 && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "ac" && labels[^1].Length == 2)
            return labels[^3];
        return labels.Length >= 2 ? labels[^2] : labels[0];
    }

    // The address pattern; the engine only tries it where an address can begin (see Candidates).
    private const string Address = @"(?:(?<scheme>(?i:https?))://(?<host>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*)(?::\d{1,5})?|(?<![\w@.\-/])(?<host>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+(?<tld>[A-Za-z]{2,63}))(?![\w\-@]))(?:[/?#][^\s<>""'“”‘’]*)?";

    [GeneratedRegex(@"\G(?:" + Address + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, T)]
    private static partial Regex AddressAtShared();
    private static Regex AddressAt() => ThreadRegex.Local(AddressAtShared());

    [GeneratedRegex(Address, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, T)]
    private static partial Regex AddressAnywhereShared();
    private static Regex AddressAnywhere() => ThreadRegex.Local(AddressAnywhereShared());
}
