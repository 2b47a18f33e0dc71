using System.Text.RegularExpressions;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// Texts for holding a shortcut to the full search it stands in for: every string literal of the repository's tests,
/// the samples and fixtures, and a few edge cases, each as written, in capitals, run on from a letter, and with its
/// spaces turned into no-break spaces.
/// </summary>
internal static partial class Corpus
{
    /// <summary>
    /// Runs <paramref name="compare"/> (which asserts, and says whether the full search found something) on every
    /// text, then checks that there were enough texts, and enough findings for the comparison to mean something.
    /// </summary>
    public static void CompareAll(Func<string, bool> compare, int minFound)
    {
        var compared = 0;
        var found = 0;
        foreach (var text in CorpusTexts.Value)
        {
            if (compare(text)) found++;
            compared++;
        }
        Assert.True(compared > 10_000, $"only {compared} texts");
        Assert.True(found >= minFound, $"only {found} of {compared} texts gave the full search something to find, so the comparison says little");
    }

    private static readonly Lazy<string[]> CorpusTexts = new(() =>
    {
        var literals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in new[] { "tests", "samples" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, dir), "*.*", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                    file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                    !(file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".jsonl", StringComparison.Ordinal)))
                    continue;
                foreach (Match m in Literal().Matches(File.ReadAllText(file))) literals.Add(m.Groups[1].Value);
            }
        // Edge cases the literals may lack: a host name starting at a hyphen after a non-ASCII or underscore-joined
        // word, letters that match ASCII letters without case (Kelvin sign, long s), and digits of other scripts.
        literals.UnionWith(
        [
            "Sign up at café-site.com/sms today", "Join at my_shop-now.com/sms", "Visit EXAMPLE.COM/sms", "ſhop.com/x for texts",
            "\u212Aeyword text JOIN to 55555", "Text JOIN to 55555", "up to ٣ msgs/mo", "One message per login", "x-y.co/z",
            "Cust\u00F3mer portal sign-up at -foo.health/a", "opt-in page: https://a.b/c", "our\u00A0site", "2FA codes", "ñ-x.shop/deal",
        ]);
        var texts = new List<string>(literals.Count * 4);
        foreach (var s in literals)
        {
            texts.Add(s);
            texts.Add(s.ToUpperInvariant());
            texts.Add("x" + s);
            texts.Add(s.Replace(' ', '\u00A0'));
        }
        return [.. texts];
    });

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.){4,600})\"")]
    private static partial Regex Literal();
}
