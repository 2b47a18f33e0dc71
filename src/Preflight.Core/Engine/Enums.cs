namespace Preflight.Core.Engine;

/// <summary>How sure a failed rule is that the carrier will reject.</summary>
public enum Severity
{
    /// <summary>A documented rejection reason, detected with confidence.</summary>
    Rejection,

    /// <summary>Heuristic: a likely rejection.</summary>
    Warning,

    /// <summary>Good practice; not a rejection reason on its own.</summary>
    Advice,
}

/// <summary>What happened when a rule ran.</summary>
public enum Outcome
{
    Passed,
    Failed,

    /// <summary>A needed input (a page, the portfolio, the history) was not there; never read as compliant or not.</summary>
    NotEvaluated,

    /// <summary>The rule itself failed; the others still ran.</summary>
    Error,
}

/// <summary>The inputs a rule needs before it can judge.</summary>
[Flags]
public enum Needs
{
    None = 0,
    Submission = 1,
    OptInPage = 1 << 1,
    PrivacyPage = 1 << 2,
    TermsPage = 1 << 3,
    Tls = 1 << 4,
    Redirects = 1 << 5,
    Portfolio = 1 << 6,
    History = 1 << 7,
    Attachments = 1 << 8,
    Website = 1 << 9,
    Account = 1 << 10,
}

/// <summary>The part of a registration a rule is about; the rule's folder has the same name.</summary>
public enum RuleArea
{
    Brand,
    CallToAction,
    VerbalOptIn,
    OptInForm,
    KeywordMessages,
    SampleMessages,
    Attributes,
    Content,
    PrivacyPolicy,
    Terms,
    Website,
    Portfolio,
    Account,
}
