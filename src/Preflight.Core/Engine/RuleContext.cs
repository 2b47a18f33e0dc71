using Preflight.Core.Sites;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Engine;

/// <summary>Everything a rule may look at for one submission. Built once per submission, read by every rule.</summary>
public sealed class RuleContext
{
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

    /// <summary>The inputs this context can provide.</summary>
    public Needs Available =>
        Needs.Submission
        | (Sites?.Provides ?? Needs.None)
        | (Portfolio is null ? Needs.None : Needs.Portfolio)
        | (History is null ? Needs.None : Needs.History);
}
