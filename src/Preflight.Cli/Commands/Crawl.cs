using Preflight.Core.Input;
using Preflight.Core.Model;
using Preflight.Core.Sites;
using Preflight.Gathering;

namespace Preflight.Cli.Commands;

/// <summary>
/// The CLI's network work: gathering targets with a <see cref="SiteGatherer"/> (progress on a terminal), splitting a
/// crawl among the submissions that named its addresses, saving it, and loading a saved one back for offline judging.
/// </summary>
internal static class Crawl
{
    /// <summary>Gathers every target (each address once), showing progress on a terminal when there is more than one.</summary>
    public static SiteEvidenceSet Gather(CliContext context, GatherOptions options, IReadOnlyList<CrawlTarget> targets)
    {
        var distinct = targets.Select(t => t.Url).Distinct(StringComparer.Ordinal).Count();
        using var progress = context.ErrorIsTerminal && distinct > 1 ? new CrawlProgress(context.Error) : null;
        var ct = context.Cancellation;
        // Off the caller's synchronization context: the command line blocks here until the crawl is done.
        return Task.Run(async () =>
        {
            var gatherer = new SiteGatherer(options);
            await using (gatherer.ConfigureAwait(false))
                return await gatherer.GatherAllAsync(targets, progress, ct).ConfigureAwait(false);
        }, ct).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Crawls what each submission names (<see cref="CrawlTargets.For"/>): every address once, even when several
    /// submissions share it. Returns one evidence set per submission, in input order, and the whole crawl (for --save).
    /// </summary>
    public static (SiteEvidenceSet[] PerSubmission, SiteEvidenceSet All) ForSubmissions(CliContext context, GatherOptions options, IReadOnlyList<Submission> submissions)
    {
        var perSubmission = submissions.Select(CrawlTargets.For).ToArray();
        var union = perSubmission.SelectMany(t => t).Distinct().ToList();
        var all = union.Count == 0 ? new SiteEvidenceSet() : Gather(context, options, union);
        var byTarget = new Dictionary<CrawlTarget, SiteEvidence>();
        for (var i = 0; i < union.Count; i++) byTarget[union[i]] = all.Sites[i];
        var sets = perSubmission.Select(targets => new SiteEvidenceSet { Sites = targets.Select(t => byTarget[t]).ToArray() }).ToArray();
        return (sets, all);
    }

    /// <summary>
    /// Matches a saved crawl to the submissions: each address a submission names is taken from the saved evidence
    /// (same address, in the role the submission gives it). Addresses missing from the crawl are listed in
    /// <paramref name="missing"/>; their rules stay not evaluated. Saved pages the submission does not name are not used.
    /// </summary>
    public static SiteEvidenceSet[] FromSaved(SiteEvidenceSet saved, IReadOnlyList<Submission> submissions, List<string> missing)
    {
        var sets = new SiteEvidenceSet[submissions.Count];
        for (var i = 0; i < submissions.Count; i++)
        {
            var sites = new List<SiteEvidence>();
            foreach (var t in CrawlTargets.For(submissions[i]))
            {
                var match = saved.Sites.FirstOrDefault(s => s.Role == t.Role && CrawlTargets.Same(s.Url, t.Url))
                            ?? saved.Sites.FirstOrDefault(s => CrawlTargets.Same(s.Url, t.Url));
                if (match is null)
                {
                    var line = $"{t.Url} ({SiteFacts.RoleName(t.Role)})";
                    if (!missing.Contains(line)) missing.Add(line);
                    continue;
                }
                sites.Add(match.Role == t.Role ? match : match with { Role = t.Role });
            }
            sets[i] = new SiteEvidenceSet { Sites = sites };
        }
        return sets;
    }

    /// <summary>Reads a saved crawl (a folder written by --save, or its evidence.json); a missing or broken one is exit 2.</summary>
    public static SiteEvidenceSet Load(CliContext context, string path, bool inlineScreenshots = false)
    {
        try
        {
            return SiteEvidenceStore.Load(context.FullPath(path), inlineScreenshots);
        }
        catch (FileNotFoundException)
        {
            throw new InputException(path, $"--site-evidence: no saved crawl here (expected a folder written by --save, holding {SiteEvidenceStore.FileName})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "--site-evidence: cannot read: " + e.Message);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputException(path, "--site-evidence: not a saved crawl: " + e.Message.ReplaceLineEndings(" "));
        }
    }

    /// <summary>Writes the crawl with <see cref="SiteEvidenceStore"/> (exit 2 when the folder cannot be written).</summary>
    public static void Save(CliContext context, string directory, SiteEvidenceSet set)
    {
        try
        {
            SiteEvidenceStore.Save(context.FullPath(directory), set);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(directory, "--save: cannot write the evidence here: " + e.Message);
        }
    }

    /// <summary>The addresses the address policy refused (private, loopback…), each once.</summary>
    public static IReadOnlyList<SiteEvidence> Refused(IEnumerable<SiteEvidence> sites) =>
        sites.Where(s => s.ErrorKind == GatherErrorKinds.PrivateAddress).DistinctBy(s => s.Url, StringComparer.Ordinal).ToArray();

    /// <summary>One line on stderr for each refused address.</summary>
    public static void ReportRefused(CliContext context, IReadOnlyList<SiteEvidence> refused)
    {
        foreach (var s in refused)
            context.Error.WriteLine($"preflight: {s.Url}: not checked: {s.Error}; --allow-private allows it");
    }

    /// <summary>The exit code: 1 for a rejection; otherwise 2 when an address was refused (the check is incomplete); else 0.</summary>
    public static int ExitCode(bool rejected, bool anyRefused) =>
        rejected ? ExitCodes.Rejected : anyRefused ? ExitCodes.BadInput : ExitCodes.Pass;
}

/// <summary>Progress of a multi-address crawl on a terminal: one status line on stderr, rewritten in place.</summary>
internal sealed class CrawlProgress : IProgress<GatherProgress>, IDisposable
{
    private readonly TextWriter _error;
    private readonly Lock _gate = new();
    private bool _shown;

    public CrawlProgress(TextWriter error)
    {
        _error = error;
        lock (_gate)
        {
            _error.Write("\rGathering…");
            _error.Flush();
            _shown = true;
        }
    }

    public void Report(GatherProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var url = value.Url.Length > 70 ? value.Url[..69] + "…" : value.Url;
        var outcome = value.ErrorKind is null ? "" : $" ({value.ErrorKind})";
        lock (_gate)
        {
            _error.Write($"\r\u001b[2KGathering [{value.Done}/{value.Total}] {url}{outcome}");
            _error.Flush();
        }
    }

    /// <summary>Clears the status line, so the report starts on a clean line.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_shown) return;
            _error.Write("\r\u001b[2K");
            _error.Flush();
            _shown = false;
        }
    }
}
