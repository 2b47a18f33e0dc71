using Preflight.Core.Engine;
using Preflight.Core.Sites;
using Preflight.Core.Model;

namespace Preflight.Core.Tests;

/// <summary>Runs one rule the way the evaluator does and asserts on its real outcome and evidence.</summary>
public static class RuleTester
{
    public static RuleResult Run(Rule rule, Submission submission, SiteEvidenceSet? sites = null, PortfolioView? portfolio = null, SubmissionHistory? history = null, TimeProvider? clock = null)
    {
        var evaluator = new Evaluator(new RuleCatalog([rule]), clock: clock);
        return evaluator.Evaluate(submission, sites, portfolio, history).Results.Single();
    }

    public static RuleResult Passes(Rule rule, Submission submission, SiteEvidenceSet? sites = null, PortfolioView? portfolio = null, SubmissionHistory? history = null, TimeProvider? clock = null)
    {
        var r = Run(rule, submission, sites, portfolio, history, clock);
        Assert.True(r.Outcome == Outcome.Passed,
            $"{rule.Descriptor.Code} should pass but was {r.Outcome}: {r.Note} {string.Join(" | ", r.Findings.Select(f => f.Message + " [" + f.Evidence.Excerpt + "]"))}");
        return r;
    }

    /// <summary>Asserts the rule fails and every finding carries evidence; returns the result for further checks.</summary>
    public static RuleResult Fails(Rule rule, Submission submission, string? path = null, SiteEvidenceSet? sites = null, PortfolioView? portfolio = null, SubmissionHistory? history = null, TimeProvider? clock = null)
    {
        var r = Run(rule, submission, sites, portfolio, history, clock);
        Assert.True(r.Outcome == Outcome.Failed, $"{rule.Descriptor.Code} should fail but was {r.Outcome}: {r.Note}");
        Assert.NotEmpty(r.Findings);
        foreach (var f in r.Findings)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.True(f.Evidence.Path is not null || f.Evidence.Url is not null, "a finding must point at a field or a page");
        }
        if (path is not null)
            Assert.Contains(r.Findings, f => f.Evidence.Path == path);
        return r;
    }

    public static RuleResult NotEvaluated(Rule rule, Submission submission)
    {
        var r = Run(rule, submission);
        Assert.Equal(Outcome.NotEvaluated, r.Outcome);
        return r;
    }
}
