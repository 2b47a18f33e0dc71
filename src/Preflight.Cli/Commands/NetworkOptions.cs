using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Preflight.Core.Input;
using Preflight.Gathering;

namespace Preflight.Cli.Commands;

/// <summary>
/// The options that say how a crawl may reach the network, shared by <c>site</c> and <c>check --crawl</c>:
/// <c>--allow-private</c>, <c>--trust-root</c>, <c>--resolve</c>, <c>--no-render</c> and <c>--timeout</c>.
/// </summary>
internal sealed class NetworkOptions
{
    public const double DefaultTimeoutSeconds = 30;

    public Option<bool> AllowPrivate { get; } = new("--allow-private")
    {
        Description = "Allow loopback, private and link-local addresses (to test a site on this machine or network). Refused by default.",
    };

    public Option<string[]> TrustRoot { get; } = new("--trust-root")
    {
        Description = "Verify certificate chains against the CA certificates in this PEM (or DER) file instead of the system's roots. Repeatable.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Resolve { get; } = new("--resolve")
    {
        Description = "HOST:PORT:ADDR[,ADDR…] connects to ADDR whenever HOST:PORT is wanted, as curl's --resolve; :CONNECTPORT after the addresses connects to another port. Repeatable.",
        HelpName = "HOST:PORT:ADDR",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<bool> NoRender { get; } = new("--no-render")
    {
        Description = "Do not render pages in headless Chromium; judge the HTML as served (faster, but misses forms built by scripts). Pages are rendered by default when Chromium is installed.",
    };

    public Option<double?> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one address may take: DNS, TLS, redirects and the page (default 30). A browser render may take as long again.",
        HelpName = "SECONDS",
    };

    public IEnumerable<Option> All => [AllowPrivate, TrustRoot, Resolve, NoRender, Timeout];

    /// <summary>The network options given on the command line, by name (to refuse them where no crawl happens).</summary>
    public IReadOnlyList<string> Given(ParseResult parse) =>
        All.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToArray();

    /// <summary>The gatherer's options from the command line; a bad value is an <see cref="InputException"/> (exit 2).</summary>
    public GatherOptions Build(CliContext context, ParseResult parse)
    {
        var seconds = parse.GetValue(Timeout) ?? DefaultTimeoutSeconds;
        if (double.IsNaN(seconds) || seconds <= 0 || seconds > 3600)
            throw new InputException("--timeout", $"'{seconds.ToString(CultureInfo.InvariantCulture)}' is not a number of seconds from 0 to 3600");
        var total = TimeSpan.FromSeconds(seconds);
        var defaults = new GatherOptions();
        return new GatherOptions
        {
            AllowPrivate = parse.GetValue(AllowPrivate),
            TrustRoots = LoadRoots(context, parse.GetValue(TrustRoot) ?? []),
            Resolve = ParseResolve(parse.GetValue(Resolve) ?? []),
            TotalTimeout = total,
            ReadTimeout = Min(defaults.ReadTimeout, total),
            ConnectTimeout = Min(defaults.ConnectTimeout, total),
            RenderTimeout = total,
            Render = !parse.GetValue(NoRender),
        };
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static List<ResolveOverride> ParseResolve(string[] values)
    {
        var list = new List<ResolveOverride>(values.Length);
        foreach (var v in values)
        {
            try
            {
                list.Add(ResolveOverride.Parse(v));
            }
            catch (FormatException e)
            {
                throw new InputException("--resolve", e.Message);
            }
        }
        return list;
    }

    private static X509Certificate2Collection? LoadRoots(CliContext context, string[] files)
    {
        if (files.Length == 0) return null;
        var roots = new X509Certificate2Collection();
        foreach (var file in files)
        {
            var full = context.FullPath(file);
            try
            {
                var before = roots.Count;
                var text = File.ReadAllText(full);
                if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) roots.ImportFromPem(text);
                else roots.Add(X509CertificateLoader.LoadCertificateFromFile(full));
                if (roots.Count == before) throw new InputException(file, "--trust-root: the file holds no certificate");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(file, "--trust-root: cannot read the file: " + e.Message);
            }
            catch (CryptographicException e)
            {
                throw new InputException(file, "--trust-root: not a PEM or DER certificate: " + e.Message.ReplaceLineEndings(" "));
            }
        }
        return roots;
    }
}
