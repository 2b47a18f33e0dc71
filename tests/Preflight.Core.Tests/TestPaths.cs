using System.Reflection;

namespace Preflight.Core.Tests;

/// <summary>Where the repository is, recorded at build time so tests work from any output folder.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;

    public static string Data(string file) => Path.Combine(RepoRoot, "data", file);
}
