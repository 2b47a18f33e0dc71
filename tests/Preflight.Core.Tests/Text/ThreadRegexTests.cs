using System.Reflection;
using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed partial class ThreadRegexTests
{
    /// <summary>Every source-generated pattern of the library: each is its own sealed type with a shared instance.</summary>
    public static TheoryData<string> GeneratedPatterns()
    {
        var data = new TheoryData<string>();
        foreach (var type in GeneratedTypes()) data.Add(type.FullName!);
        return data;
    }

    private static IEnumerable<Type> GeneratedTypes() =>
        typeof(ThreadRegex).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Regex))).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Regex SharedInstance(Type type) =>
        (Regex)type.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;

    [Fact]
    public void The_library_has_its_generated_patterns() => Assert.True(GeneratedTypes().Count() > 100);

    [Theory]
    [MemberData(nameof(GeneratedPatterns))]
    public void A_threads_instance_is_the_same_pattern_with_the_same_options_and_timeout(string typeName)
    {
        var shared = SharedInstance(GeneratedTypes().Single(t => t.FullName == typeName));
        var local = ThreadRegex.Local(shared);
        Assert.NotSame(shared, local);
        Assert.Equal(shared.GetType(), local.GetType());
        Assert.Equal(shared.ToString(), local.ToString());
        Assert.Equal(shared.Options, local.Options);
        Assert.Equal(shared.MatchTimeout, local.MatchTimeout);
        Assert.Equal(shared.RightToLeft, local.RightToLeft);
        Assert.Equal(shared.GetGroupNames(), local.GetGroupNames());
        // Asked again, on this thread, through either instance: the same one.
        Assert.Same(local, ThreadRegex.Local(shared));
        Assert.Same(local, ThreadRegex.Local(local));
    }

    [Fact]
    public void Each_thread_matches_on_its_own_instance()
    {
        var shared = SharedInstance(GeneratedTypes().First());
        var here = ThreadRegex.Local(shared);
        Regex? there = null;
        var thread = new Thread(() => there = ThreadRegex.Local(here));
        thread.Start();
        thread.Join();
        Assert.NotNull(there);
        Assert.NotSame(here, there);
        Assert.Equal(here.GetType(), there.GetType());
    }

    [Fact]
    public void A_pattern_built_at_run_time_is_used_as_it_is()
    {
        var built = new Regex("stop", RegexOptions.IgnoreCase);
        Assert.Same(built, ThreadRegex.Local(built));
    }

    [Theory]
    [InlineData("Reply STOP to opt out", "STOP")]
    [InlineData("no keyword here", null)]
    public void A_threads_instance_finds_what_the_shared_one_finds(string text, string? expected)
    {
        Assert.Equal(expected, TextMatch.First(StopWord(), text)?.Value);
        Assert.Equal(StopWord().Match(text) is { Success: true } m ? m.Value : null, TextMatch.First(ThreadRegex.Local(StopWord()), text)?.Value);
    }

    [GeneratedRegex(@"\bSTOP\b")]
    private static partial Regex StopWord();

    /// <summary>
    /// A pattern declared without the per-thread wrapper would be matched on its shared instance from every thread
    /// again; this keeps every declaration in the library in the wrapped form.
    /// </summary>
    [Fact]
    public void Every_generated_pattern_of_the_library_is_reached_through_its_per_thread_wrapper()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src", "Preflight.Core");
        var unwrapped = new List<string>();
        var declarations = 0;
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            foreach (Match m in PartialDeclaration().Matches(text))
            {
                declarations++;
                var name = m.Groups["name"].Value;
                if (!name.EndsWith("Shared", StringComparison.Ordinal)
                    || !text.Contains($"static Regex {name[..^6]}() => ThreadRegex.Local({name}());", StringComparison.Ordinal))
                    unwrapped.Add($"{Path.GetFileName(file)}: {name}");
                // The shared instance is named only in its wrapper.
                else if (Regex.Count(text, $@"(?<!\w){name}\(\)") != 2)
                    unwrapped.Add($"{Path.GetFileName(file)}: {name} used outside its wrapper");
            }
        }
        Assert.True(declarations > 100, $"only {declarations} declarations found under {src}");
        Assert.Empty(unwrapped);
    }

    [GeneratedRegex(@"static\s+partial\s+Regex\s+(?<name>\w+)\s*\(\s*\)\s*;")]
    private static partial Regex PartialDeclaration();
}
