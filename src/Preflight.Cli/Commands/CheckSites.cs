using Preflight.Core.Model;
using Preflight.Core.Sites;

namespace Preflight.Cli.Commands;

/// <summary>
/// The web evidence of a <c>check --crawl</c> or <c>check --site-evidence</c> run: one set per submission, in input
/// order, and every gathered address once (for the summary, --save and the refusal lines).
/// </summary>
internal sealed class CheckSites
{
    private readonly Dictionary<Submission, SiteEvidenceSet> _bySubmission;

    private CheckSites(IReadOnlyList<Submission> submissions, SiteEvidenceSet[] sets, IReadOnlyList<SiteEvidence> all, IReadOnlyList<string> missing)
    {
        Sets = sets;
        All = all;
        Missing = missing;
        _bySubmission = new Dictionary<Submission, SiteEvidenceSet>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < submissions.Count; i++) _bySubmission[submissions[i]] = sets[i];
    }

    public IReadOnlyList<SiteEvidenceSet> Sets { get; }

    /// <summary>Every address gathered (or loaded), each role once.</summary>
    public IReadOnlyList<SiteEvidence> All { get; }

    /// <summary>Addresses a submission names that the saved crawl does not hold.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The set of one of the submissions given to <see cref="Get"/>.</summary>
    public SiteEvidenceSet? For(Submission submission) => _bySubmission.GetValueOrDefault(submission);

    public static CheckSites Get(CliContext context, CheckOptions options, IReadOnlyList<Submission> submissions)
    {
        if (options.Crawl is { } network)
        {
            var (sets, all) = Crawl.ForSubmissions(context, network, submissions);
            if (options.Save is { } dir)
            {
                Crawl.Save(context, dir, all);
                context.Error.WriteLine($"Saved the crawl to {dir} (judge it again offline with: preflight check {options.Input} --site-evidence {dir})");
            }
            return new CheckSites(submissions, sets, all.Sites, []);
        }
        // The HTML report shows screenshots, which the folder holds as files: read them back in for it.
        var saved = Crawl.Load(context, options.SiteEvidence!, inlineScreenshots: options.Format == ReportFormat.Html);
        var missing = new List<string>();
        var matched = Crawl.FromSaved(saved, submissions, missing);
        foreach (var m in missing)
            context.Error.WriteLine($"preflight: {m} is not in the saved crawl {options.SiteEvidence}; the rules that need it are not evaluated");
        return new CheckSites(submissions, matched, matched.SelectMany(s => s.Sites).Distinct().ToArray(), missing);
    }

    /// <summary>The text report's opening: every address gathered, with its role, load state and certificate.</summary>
    public void WriteSummary(TextWriter w)
    {
        if (All.Count == 0)
        {
            w.WriteLine("No web addresses to check: the submission names no website, privacy policy, terms or address in the message flow.");
            w.WriteLine();
            return;
        }
        w.WriteLine($"Web addresses ({All.Count}):");
        foreach (var s in All)
        {
            w.WriteLine($"  {SiteFacts.RoleName(s.Role)}: {s.Url}");
            w.WriteLine($"    {SiteFacts.Load(s)}");
            if (SiteFacts.Certificate(s.Tls) is { } cert) w.WriteLine("    " + cert);
            if (SiteFacts.RenderNote(s) is { } note) w.WriteLine("    " + note);
        }
        w.WriteLine();
    }
}
