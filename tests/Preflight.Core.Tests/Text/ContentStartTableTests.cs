using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// The start table's buckets rule leads out by the letters around a word's start (the second, third and fourth
/// characters, the end of the text, a non-ASCII character among them). These texts are built from the lists' own
/// phrases, cut short and altered right where those decisions are made, so that every bucket is held to the pattern
/// searched the ordinary way.
/// </summary>
public sealed class ContentStartTableTests
{
    private static readonly ContentClassifier Classifier = ReferenceData.Default.Classifier;

    [Fact]
    public void Phrases_cut_short_or_altered_near_their_start_find_what_the_patterns_find()
    {
        var compared = 0;
        var found = 0;
        foreach (var text in Texts())
        {
            foreach (var category in Enum.GetValues<ContentCategory>())
            {
                var expected = Classifier.FindHitsUnfiltered(category, text);
                var actual = Classifier.FindHits(category, text);
                Assert.True(expected.Count == actual.Count && expected.Zip(actual).All(p => p.First == p.Second),
                    $"{category} on \"{text}\": expected [{string.Join(", ", expected.Select(h => h.Value))}], got [{string.Join(", ", actual.Select(h => h.Value))}]");
                if (expected.Count > 0) found++;
            }
            compared++;
        }
        Assert.True(compared > 10_000, $"only {compared} texts");
        Assert.True(found > 2_000, $"only {found} findings");
    }

    private static IEnumerable<string> Texts()
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Enum.GetValues<ContentCategory>())
            foreach (var line in File.ReadLines(TestPaths.Data("content-" + ContentClassifier.FileName(category) + ".txt")))
            {
                var phrase = line.TrimStart('~', '!').Trim();
                if (phrase.Length == 0 || line.StartsWith('#')) continue;
                phrases.Add(phrase.Replace("{n}", "25", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal));
                phrases.Add(phrase.Replace("{n}", "2.5", StringComparison.Ordinal).Replace("*", "ing", StringComparison.Ordinal));
            }
        // At the second, third, fourth and fifth character: the end of the text, another letter, a digit, a space, a
        // hyphen, an underscore, an apostrophe, a no-break space, and letters case folding equates with ASCII ones.
        string[] inserts = ["", "x", "7", " ", "-", "_", "'", "\u00A0", "\u212A", "\u017F", "é"];
        foreach (var phrase in phrases)
        {
            for (var at = 1; at <= Math.Min(4, phrase.Length); at++)
            {
                yield return phrase[..at];
                foreach (var insert in inserts)
                {
                    var cut = phrase[..at] + insert;
                    yield return cut;
                    yield return "Now " + cut + phrase[at..] + " today";
                    yield return "$" + cut.ToUpperInvariant() + phrase[at..];
                }
            }
            yield return phrase + "s";
            yield return "Get " + phrase + ", reply STOP";
        }
    }
}
