using Preflight.Core.Html;
using Preflight.Core.Sites;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Engine;

/// <summary>
/// A reading of the whole submission that several rules share, computed at most once per <see cref="RuleContext"/>
/// (<see cref="RuleContext.Get{T}"/>). Declare each fact once, as a <c>static readonly</c> field: the instance is its key.
/// </summary>
public sealed class ContextFact<T>
{
    private readonly Func<RuleContext, T> _compute;

    public ContextFact(Func<RuleContext, T> compute) => _compute = compute;

    internal T Compute(RuleContext context) => _compute(context);
}

/// <summary>
/// Everything a rule may look at for one submission. Built once per submission, read by every rule. It also holds the
/// shared readings of the submission (<see cref="Text"/>, <see cref="Get{T}"/>, <see cref="Site"/>), so it is not
/// thread-safe: one submission is judged on one thread.
/// </summary>
public sealed class RuleContext
{
    private FactMemo _facts;
    private IReadOnlyList<TextField>? _samples, _textFields;
    private Dictionary<SiteEvidence, SiteAnalysis>? _sites;

    public RuleContext(
        Submission submission,
        ReferenceData? data = null,
        TimeProvider? clock = null,
        SiteEvidenceSet? sites = null,
        PortfolioView? portfolio = null,
        SubmissionHistory? history = null)
    {
        Submission = submission;
        Data = data ?? ReferenceData.Default;
        Clock = clock ?? TimeProvider.System;
        Sites = sites;
        Portfolio = portfolio;
        History = history;
        Text = new SubmissionAnalysis(submission, Data);
    }

    public Submission Submission { get; }
    public Brand Brand => Submission.Brand;
    public Campaign Campaign => Submission.Campaign;
    public ReferenceData Data { get; }
    public TimeProvider Clock { get; }

    /// <summary>Cached text analysis of the submission's fields (brand name, disclosures, links, content classes).</summary>
    public SubmissionAnalysis Text { get; }

    /// <summary>What was gathered from the web for this submission, if anything.</summary>
    public SiteEvidenceSet? Sites { get; }

    /// <summary>The other submissions checked with this one, when the input was a portfolio.</summary>
    public PortfolioView? Portfolio { get; }

    /// <summary>Earlier submissions of this campaign and their outcomes, when known.</summary>
    public SubmissionHistory? History { get; }

    /// <summary>The campaign's sample messages that are filled in (<see cref="Campaign.Samples"/>), listed once per context.</summary>
    public IReadOnlyList<TextField> Samples => _samples ??= Campaign.Samples;

    /// <summary>The campaign's free-text fields that are filled in (<see cref="Submission.CampaignTextFields"/>), listed once per context.</summary>
    public IReadOnlyList<TextField> CampaignTextFields => _textFields ??= Submission.CampaignTextFields;

    /// <summary>A shared reading of this submission, computed on first use and kept for the other rules.</summary>
    public T Get<T>(ContextFact<T> fact)
    {
        if (_facts.TryGet(fact, out var known)) return (T)known!;
        var value = fact.Compute(this);
        _facts.Add(fact, value);
        return value;
    }

    /// <summary>The analysis of one gathered page (parsed once per context, however many rules read it).</summary>
    public SiteAnalysis Site(SiteEvidence site)
    {
        _sites ??= new Dictionary<SiteEvidence, SiteAnalysis>(ReferenceEqualityComparer.Instance);
        if (!_sites.TryGetValue(site, out var analysis))
            _sites[site] = analysis = SiteAnalysis.For(site);
        return analysis;
    }

    /// <summary>The inputs this context can provide.</summary>
    public Needs Available =>
        Needs.Submission
        | (Sites?.Provides ?? Needs.None)
        | (Portfolio is null ? Needs.None : Needs.Portfolio)
        | (History is null ? Needs.None : Needs.History);
}
