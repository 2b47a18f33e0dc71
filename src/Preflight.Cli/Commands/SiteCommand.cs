using System.CommandLine;
using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Input;
using Preflight.Core.Sites;
using Preflight.Gathering;

namespace Preflight.Cli.Commands;

/// <summary>How a site's role was decided, for the report.</summary>
internal enum RoleSource
{
    /// <summary>Named by an option (--opt-in, --privacy…) or saved with the evidence.</summary>
    Given,

    /// <summary>Guessed from the page (a form with SMS consent, a privacy policy, terms).</summary>
    Guessed,

    /// <summary>Neither given nor recognisable: judged as the opt-in page, the address a registration must get right.</summary>
    Assumed,
}

/// <summary>A gathered address with how its role was decided.</summary>
internal sealed record JudgedSite(SiteEvidence Site, RoleSource RoleSource);

/// <summary>
/// <c>preflight site &lt;url&gt;…</c>: gathers each address (DNS, TLS chain, redirects, the page and, when Chromium is
/// installed, a browser render), decides what each page is, and runs every rule that judges pages; see
/// <see cref="SiteScope"/> for which results are reported. Findings are printed per address.
/// </summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Argument<string[]>("url")
        {
            Description = "Addresses to check. What each page is (opt-in page, privacy policy, terms) is recognised from the page; one that is none of these is judged as the opt-in page.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "URL",
        };
        var optIn = RoleOption("--opt-in", "An address to judge as the opt-in page (the form where consumers give SMS consent). Repeatable.");
        var privacy = RoleOption("--privacy", "An address to judge as the privacy policy. Repeatable.");
        var terms = RoleOption("--terms", "An address to judge as the terms and conditions. Repeatable.");
        var website = RoleOption("--website", "An address to judge as the brand's website (home page). Repeatable.");
        var brand = new Option<string?>("--brand") { HelpName = "NAME", Description = "The brand's name, so the opt-in form, the terms and the website can be checked for it." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var save = new Option<string?>("--save") { HelpName = "DIR", Description = "Also write the gathered evidence to this folder (evidence.json and screenshots), to judge again later with --site-evidence." };
        var evidence = new Option<string?>("--site-evidence") { HelpName = "DIR", Description = "Judge a crawl saved with --save instead of gathering: no network is used." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List the rules that could not be evaluated, and the passed count." };
        var network = new NetworkOptions();

        var command = new Command("site", "Check web pages (opt-in form, privacy policy, terms, website) the way carrier reviewers do.")
        {
            urls, optIn, privacy, terms, website, brand, format, save, evidence, verbose,
        };
        foreach (var o in network.All) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var targets = new List<(string Url, string Role)>();
            foreach (var u in parse.GetValue(urls) ?? []) targets.Add((u, SiteRoles.Unknown));
            foreach (var u in parse.GetValue(optIn) ?? []) targets.Add((u, SiteRoles.OptIn));
            foreach (var u in parse.GetValue(privacy) ?? []) targets.Add((u, SiteRoles.Privacy));
            foreach (var u in parse.GetValue(terms) ?? []) targets.Add((u, SiteRoles.Terms));
            foreach (var u in parse.GetValue(website) ?? []) targets.Add((u, SiteRoles.Website));
            var saved = parse.GetValue(evidence);
            if (saved is not null)
            {
                if (targets.Count > 0) throw new InputException("--site-evidence", "judges a saved crawl; give no addresses with it");
                if (network.Given(parse) is { Count: > 0 } given)
                    throw new InputException("--site-evidence", $"judges a saved crawl without the network; {string.Join(", ", given)} cannot be used with it");
            }
            else if (targets.Count == 0)
            {
                throw new InputException("preflight site", "give at least one address (or --opt-in, --privacy, --terms, --website ADDRESS, or --site-evidence DIR)");
            }
            return Execute(context, new SiteRun(
                targets,
                parse.GetValue(brand),
                parse.GetValue(format) == "json",
                parse.GetValue(save),
                saved,
                parse.GetValue(verbose),
                saved is null ? network.Build(context, parse) : null));
        });
        return command;
    }

    private static Option<string[]> RoleOption(string name, string description) => new(name) { Description = description, HelpName = "URL", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>Everything <c>site</c> was asked to do.</summary>
    internal sealed record SiteRun(
        IReadOnlyList<(string Url, string Role)> Targets,
        string? Brand,
        bool Json,
        string? Save,
        string? SiteEvidence,
        bool Verbose,
        GatherOptions? Network);

    public static int Execute(CliContext context, SiteRun run)
    {
        IReadOnlyList<JudgedSite> sites;
        if (run.SiteEvidence is not null)
        {
            sites = AssignRoles(Crawl.Load(context, run.SiteEvidence).Sites, given: true);
        }
        else
        {
            var targets = new List<CrawlTarget>(run.Targets.Count);
            foreach (var (url, role) in run.Targets)
            {
                if (!SiteGatherer.TryParse(url, out var uri))
                    throw new InputException(url, "not an http:// or https:// address");
                var t = new CrawlTarget(uri.AbsoluteUri, role);
                if (!targets.Contains(t)) targets.Add(t);
            }
            var set = Crawl.Gather(context, run.Network!, targets);
            sites = AssignRoles(set.Sites, given: false);
        }

        var evidence = new SiteEvidenceSet { Sites = sites.Select(s => s.Site).ToArray() };
        if (run.Save is not null)
        {
            Crawl.Save(context, run.Save, evidence);
            context.Error.WriteLine($"Saved the evidence to {run.Save} (judge it again with: preflight site --site-evidence {run.Save})");
        }

        var evaluator = new Evaluator();
        var report = evaluator.Evaluate(SiteScope.Submission(run.Brand), evidence);
        var scoped = new SubmissionReport("site", report.CatalogVersion, SiteScope.Select(report.Results));
        if (run.Json) SiteReportWriter.WriteJson(context.Out, sites, scoped);
        else SiteReportWriter.WriteText(context.Out, sites, scoped, run.Verbose);

        var refused = Crawl.Refused(evidence.Sites);
        Crawl.ReportRefused(context, refused);
        return Crawl.ExitCode(scoped.Rejected, refused.Count > 0);
    }

    /// <summary>
    /// Gives every site of unknown role the role its page shows (<see cref="SiteRoleGuesser"/>). A page that is
    /// none of the known kinds, or that could not be loaded and whose address says nothing, is judged as the opt-in
    /// page: that is the address a registration most needs to work.
    /// </summary>
    private static JudgedSite[] AssignRoles(IReadOnlyList<SiteEvidence> sites, bool given) =>
        sites.Select(s =>
        {
            if (s.Role != SiteRoles.Unknown) return new JudgedSite(s, RoleSource.Given);
            var guess = Guess(s);
            return guess == SiteRoles.Unknown
                ? new JudgedSite(s with { Role = SiteRoles.OptIn }, RoleSource.Assumed)
                : new JudgedSite(s with { Role = guess }, given ? RoleSource.Given : RoleSource.Guessed);
        }).ToArray();

    private static string Guess(SiteEvidence site)
    {
        try
        {
            return SiteRoleGuesser.Guess(site);
        }
        catch (RegexMatchTimeoutException)
        {
            return SiteRoles.Unknown; // a page built to defeat the text analysis (megabytes of repeats) is not recognised
        }
    }
}
