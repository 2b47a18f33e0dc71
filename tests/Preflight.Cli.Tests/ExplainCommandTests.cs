using Preflight.Cli.Commands;
using Preflight.Core.Engine;

namespace Preflight.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Prints_the_rule_page()
    {
        var r = Cli.Run("explain", "5104");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(Cli.Repo("docs/rules/5104.md")).ReplaceLineEndings("\n").TrimEnd() + "\n", r.Out);
    }

    [Fact]
    public void A_code_from_another_family_finds_the_rule_that_lists_it()
    {
        var codes = RuleCatalog.All.Select(x => x.Descriptor.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var equivalent = RuleCatalog.All.SelectMany(x => x.Descriptor.Equivalents).First(e => !codes.Contains(e));
        var owners = RuleCatalog.All.Where(x => x.Descriptor.Equivalents.Contains(equivalent)).ToArray();

        var r = Cli.Run("explain", equivalent);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith($"{equivalent} is listed as the same reason as ", r.Out, StringComparison.Ordinal);
        foreach (var o in owners)
            Assert.Contains($"# {o.Descriptor.Code} ", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_exits_2()
    {
        var r = Cli.Run("explain", "99999");
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.ErrorLines);
        Assert.Contains("preflight rules", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_page_is_embedded_in_the_binary()
    {
        var pages = Directory.GetFiles(Cli.Repo("docs/rules"), "*.md")
            .Select(Path.GetFileName)
            .Where(n => n != "README.md")
            .Select(n => "docs/rules/" + n)
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, ExplainCommand.EmbeddedPages().Order(StringComparer.Ordinal));
        foreach (var rule in RuleCatalog.All.Where(x => File.Exists(Cli.Repo($"docs/rules/{x.Descriptor.Code}.md"))))
            Assert.NotNull(ExplainCommand.Page(rule.Descriptor.Code));
    }
}
