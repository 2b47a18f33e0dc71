using System.Text.Json;
using Preflight.Core.Engine;

namespace Preflight.Cli.Tests;

/// <summary>The built binary as a user runs it: real process, real exit codes, real stdout and stderr.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Check_of_the_compliant_sample_exits_0()
    {
        var r = Cli.Process("check", "samples/compliant.json");
        Assert.True(r.ExitCode == 0, r.Out + r.Error);
        Assert.StartsWith("PASS: ", r.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_rejected_sample_exits_1()
    {
        var r = Cli.Process("check", "samples/optin-missing-brand.json", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("reject", doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Malformed_input_exits_2_with_one_line_on_stderr()
    {
        var r = Cli.Process("check", "samples/invalid/malformed.json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.ErrorLines);
        Assert.StartsWith("samples/invalid/malformed.json:3:", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_json_lists_the_catalogue()
    {
        var r = Cli.Process("rules", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(RuleCatalog.All.Count, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Explain_works_from_the_installed_binary()
    {
        var r = Cli.Process("explain", "5104");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# 5104", r.Out, StringComparison.Ordinal);
    }
}
