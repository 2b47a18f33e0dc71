using System.Text.Json;
using Preflight.Core.Engine;

namespace Preflight.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Json_lists_every_rule_with_its_descriptor()
    {
        var r = Cli.Run("rules", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var rules = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(RuleCatalog.All.Count, rules.Length);
        Assert.Equal(RuleCatalog.All.Select(x => x.Descriptor.Code), rules.Select(x => x.GetProperty("code").GetString()));
        foreach (var rule in rules)
        {
            foreach (var key in new[] { "title", "area", "severity", "fix" })
                Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty(key).GetString()), key);
            Assert.Equal(JsonValueKind.Array, rule.GetProperty("equivalents").ValueKind);
            Assert.NotEqual(0, rule.GetProperty("needs").GetArrayLength());
            Assert.Contains(rule.GetProperty("doNotResubmit").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        }
    }

    [Fact]
    public void Text_lists_every_code()
    {
        var r = Cli.Run("rules");
        Assert.Equal(0, r.ExitCode);
        foreach (var rule in RuleCatalog.All)
            Assert.Contains(r.OutLines, l => l.StartsWith(rule.Descriptor.Code + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_rules_readme_is_up_to_date()
    {
        var r = Cli.Run("rules", "--format", "md");
        Assert.Equal(0, r.ExitCode);
        var committed = File.ReadAllText(Cli.Repo("docs/rules/README.md")).ReplaceLineEndings("\n");
        Assert.True(committed == r.Out, "docs/rules/README.md is stale: run `bash scripts/gen-docs.sh` and commit the result");
    }

    [Fact]
    public void Markdown_links_every_rule_page()
    {
        var r = Cli.Run("rules", "--format", "md");
        foreach (var rule in RuleCatalog.All)
            Assert.Contains($"| [{rule.Descriptor.Code}]({rule.Descriptor.Code}.md) |", r.Out, StringComparison.Ordinal);
    }
}
