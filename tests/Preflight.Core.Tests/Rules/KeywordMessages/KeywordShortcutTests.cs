using System.Text.RegularExpressions;
using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;
using Preflight.Core.Rules.KeywordMessages;
using TextCorpus = Preflight.Core.Tests.Text.Corpus;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

/// <summary>
/// The keyword and brand rules' shortcuts held to what they stand in for, over the test corpus: the word reader and
/// verb list to their patterns, the in-place keyword comparisons to the sets they replace, the keyword parser to the
/// list-building one, the conflict search to the dictionary one, and the ASCII comparisons to the upper- and
/// lower-cased copies.
/// </summary>
public sealed class KeywordShortcutTests
{
    // Keyword lists the instruction finders are asked about: none (the common opt-out words), the usual ones, lower
    // case, a word split in two by the text ("OPT OUT"), and keywords outside ASCII that fold to ASCII letters.
    private static readonly string[] Lists =
        ["", "STOP,END,CANCEL", "stop, quit", "OPTOUT,STOPALL", "HELP,INFO", "ſTOP,\u212AEYWORD", "Reply,TEXT", "ALTO,PARAR"];

    [Fact]
    public void NextWord_reads_the_words_of_the_pattern() => TextCorpus.CompareAll(text =>
    {
        var expected = new List<(int, int)>();
        foreach (var m in KeywordReplies.Words().EnumerateMatches(text)) expected.Add((m.Index, m.Length));
        var actual = new List<(int, int)>();
        var at = 0;
        while (KeywordReplies.NextWord(text, ref at, out var start, out var length)) actual.Add((start, length));
        Assert.Equal(expected, actual);
        return expected.Count > 0;
    }, 5_000);

    [Fact]
    public void IsVerb_is_the_verb_pattern() => TextCorpus.CompareAll(text =>
    {
        var found = false;
        foreach (Match w in KeywordReplies.Words().Matches(text))
        {
            var verb = KeywordReplies.Verb().IsMatch(w.Value);
            Assert.Equal(verb, KeywordReplies.IsVerb(w.Value));
            found |= verb;
        }
        return found;
    }, 1_000);

    [Fact]
    public void Instruction_words_are_found_as_with_sets_of_strings() => TextCorpus.CompareAll(text =>
    {
        var found = false;
        foreach (var raw in Lists)
        {
            var listed = KeywordReplies.Parse(raw);
            var common = new KeywordReplies.AcceptedWords(listed.Length == 0 ? null : listed, null);
            var withHelp = new KeywordReplies.AcceptedWords(listed, "HELP");
            var commonSet = listed.Length == 0
                ? KeywordReplies.OptOutWordSet
                : (IReadOnlySet<string>)listed.Select(k => k.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var helpSet = listed.Select(k => k.Value).Append("HELP").ToHashSet(StringComparer.OrdinalIgnoreCase);

            var names = NamesKeywordWithSet(text, commonSet);
            Assert.Equal(names, KeywordReplies.NamesKeyword(text, common));
            Assert.Equal(NamesKeywordWithSet(text, helpSet), KeywordReplies.NamesKeyword(text, withHelp));
            var after = CapitalisedAfterVerbWithSet(text, commonSet);
            Assert.Equal(after, KeywordReplies.CapitalisedAfterVerb(text, common));
            Assert.Equal(CapitalisedAfterVerbWithSet(text, helpSet), KeywordReplies.CapitalisedAfterVerb(text, withHelp));
            found |= names || after is not null;
        }
        return found;
    }, 1_000);

    [Fact]
    public void Parse_gives_the_keywords_the_list_building_parser_gives() => TextCorpus.CompareAll(text =>
    {
        var expected = ParseWithList(text);
        Assert.Equal(expected, KeywordReplies.Parse(text));
        return expected.Count > 1;
    }, 500);

    [Fact]
    public void Conflicts_by_comparing_are_those_the_dictionary_finds() => TextCorpus.CompareAll(text =>
    {
        var found = false;
        foreach (var raw in Lists)
        {
            Keyword[][] lists = [KeywordReplies.Parse(text), KeywordReplies.Parse(raw), KeywordReplies.Parse(text.ToLowerInvariant() + "," + raw)];
            var expected = KeywordConflictRule.WithSets(lists);
            var actual = KeywordConflictRule.ByComparing(lists);
            Assert.Equal(expected, actual);
            found |= expected is not null;
        }
        return found;
    }, 5_000);

    [Fact]
    public void A_capitalised_word_has_no_problem() => TextCorpus.CompareAll(text =>
    {
        var found = false;
        foreach (var k in KeywordReplies.Parse(text.Replace(' ', ',')))
        {
            if (!KeywordNotOneCapitalisedWordRule.IsCapitalisedWord(k.Value)) continue;
            Assert.Null(KeywordNotOneCapitalisedWordRule.Problem(k.Value));
            found = true;
        }
        return found;
    }, 1_000);

    [Fact]
    public void UpperIs_is_the_upper_cased_comparison() => TextCorpus.CompareAll(text =>
    {
        var found = false;
        string[][] options = [[EntityTypes.SoleProprietor], [EntityTypes.PrivateProfit, EntityTypes.PublicProfit, EntityTypes.NonProfit, EntityTypes.Government], ["", "US", "USA"], [UseCases.SoleProprietor, UseCases.Political]];
        foreach (var value in new[] { text, text.Split(' ')[0], " " + text.Split(' ')[^1] + " " })
            foreach (var o in options)
            {
                var expected = o.Contains(value.Trim().ToUpperInvariant());
                Assert.Equal(expected, BrandFacts.UpperIs(value, o));
                found |= expected;
            }
        return found;
    }, 20);

    [Fact]
    public void UpperIs_keeps_the_casing_of_text_outside_ascii()
    {
        Assert.True(BrandFacts.UpperIs(" sole_proprietor ", EntityTypes.SoleProprietor));
        Assert.True(BrandFacts.UpperIs(null, "", "US"));
        Assert.Equal(string.Equals("uſa".ToUpperInvariant(), "USA", StringComparison.Ordinal), BrandFacts.UpperIs("uſa", "USA"));
        Assert.Equal(string.Equals("\u212A".ToUpperInvariant(), "K", StringComparison.Ordinal), BrandFacts.UpperIs("\u212A", "K"));
    }

    [Fact]
    public void An_address_ruled_out_is_not_at_a_free_provider() => TextCorpus.CompareAll(text =>
    {
        var data = ReferenceData.Default;
        var found = false;
        foreach (var email in new[] { text, "office@" + text, "office@" + text.Split(' ')[0] + " ", "a@" + text.Split(' ')[^1] + ". " })
        {
            var domain = BrandFacts.EmailDomain(email);
            var free = domain is not null && data.IsFreeEmailDomain(domain);
            var may = FreeEmail.MayBeFree(data, email);
            if (free) Assert.True(may, email);
            if (System.Text.Ascii.IsValid(email)) Assert.Equal(free, may);
            found |= free;
        }
        return found;
    }, 20);

    [Fact]
    public void Digits_are_the_ascii_digits_in_order() => TextCorpus.CompareAll(text =>
    {
        var expected = string.Concat(text.Where(char.IsAsciiDigit));
        Assert.Equal(expected, BrandFacts.Digits(text));
        return expected.Length > 0;
    }, 1_000);

    // The instruction readers as first written, with Regex matches and hash sets, for the tests above.
    private static bool NamesKeywordWithSet(string instruction, IReadOnlySet<string> words)
    {
        var tokens = new List<string>();
        foreach (var w in KeywordReplies.Words().EnumerateMatches(instruction)) tokens.Add(instruction.Substring(w.Index, w.Length));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i])) return true;
            if (i + 1 < tokens.Count && words.Contains(tokens[i] + tokens[i + 1])) return true;
        }
        return false;
    }

    private static TextMatch? CapitalisedAfterVerbWithSet(string text, IReadOnlySet<string> words)
    {
        var tokens = KeywordReplies.Words().Matches(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Value;
            if (!words.Contains(t) || !string.Equals(t, t.ToUpperInvariant(), StringComparison.Ordinal)) continue;
            for (var j = i - 1; j >= 0 && j >= i - 4; j--)
                if (KeywordReplies.Verb().IsMatch(tokens[j].Value))
                    return new TextMatch(tokens[j].Index, tokens[i].Index + t.Length - tokens[j].Index, text[tokens[j].Index..(tokens[i].Index + t.Length)]);
        }
        return null;
    }

    private static List<Keyword> ParseWithList(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        var list = new List<Keyword>();
        var start = 0;
        for (var i = 0; i <= field.Length; i++)
        {
            if (i < field.Length && field[i] is not (',' or ';' or '\n' or '\r')) continue;
            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(field[s])) s++;
            while (e > s && char.IsWhiteSpace(field[e - 1])) e--;
            if (e > s) list.Add(new Keyword(field[s..e], s, e - s));
            start = i + 1;
        }
        return list;
    }
}
