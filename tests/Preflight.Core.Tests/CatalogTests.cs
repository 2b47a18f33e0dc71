using System.Text.RegularExpressions;
using Preflight.Core.Engine;

namespace Preflight.Core.Tests;

public sealed partial class CatalogTests
{
    private static readonly IReadOnlyList<Rule> Rules = RuleCatalog.All;

    public static TheoryData<string> Codes
    {
        get
        {
            var d = new TheoryData<string>();
            foreach (var r in Rules) d.Add(r.Descriptor.Code);
            return d;
        }
    }

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Rules.GroupBy(r => r.Descriptor.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Codes_are_carrier_codes_or_house_rules()
    {
        foreach (var r in Rules)
            Assert.Matches(CodePattern(), r.Descriptor.Code);
    }

    [Fact]
    public void Catalogue_is_in_code_order()
    {
        var numeric = Rules.Select(r => r.Descriptor.Code).TakeWhile(c => long.TryParse(c, out _)).Select(long.Parse).ToArray();
        Assert.Equal(numeric.Order().ToArray(), numeric);
    }

    [Fact]
    public void Every_rule_has_a_test_class_beside_the_others()
    {
        var testTypes = typeof(CatalogTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        var missing = Rules.Select(r => r.GetType().Name).Where(n => !testTypes.Contains(n + "Tests")).ToArray();
        Assert.True(missing.Length == 0, "rules without a test class: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_has_a_doc_page()
    {
        var docs = Path.Combine(RepoRoot(), "docs", "rules");
        var missing = Rules.Where(r => !File.Exists(Path.Combine(docs, r.Descriptor.Code + ".md"))).Select(r => r.Descriptor.Code).ToArray();
        Assert.True(missing.Length == 0, "rules without docs/rules/<code>.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_is_sealed_and_lives_in_its_area_folder()
    {
        foreach (var r in Rules)
        {
            var t = r.GetType();
            Assert.True(t.IsSealed, t.Name + " should be sealed");
            Assert.EndsWith("Rule", t.Name);
            Assert.Equal("Preflight.Core.Rules." + r.Descriptor.Area, t.Namespace);
        }
    }

    [Fact]
    public void Descriptors_are_complete()
    {
        foreach (var d in Rules.Select(r => r.Descriptor))
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Fix), d.Code);
            Assert.NotEqual(Needs.None, d.Needs);
            Assert.DoesNotContain(d.Code, d.Equivalents);
        }
    }

    [Fact]
    public void The_golden_submission_passes_every_rule()
    {
        var report = new Evaluator().Evaluate(Golden.Submission);
        var bad = report.Results.Where(r => r.Outcome is Outcome.Failed or Outcome.Error).ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad.Select(r => $"{r.Rule.Code} {r.Outcome}: {r.Note} {string.Join(" | ", r.Findings.Select(f => f.Message + " [" + f.Evidence.Excerpt + "]"))}")));
    }

    internal static string RepoRoot() => TestPaths.RepoRoot;

    [GeneratedRegex(@"^(?:\d{3,5}|PF\d{3})$")]
    private static partial Regex CodePattern();
}
