using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The HELP reply must not link through a public URL shortener.</summary>
public sealed class HelpMessageUrlShortenerRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6106",
        Equivalents = ["8201", "30892"],
        Title = "HELP reply links through a public URL shortener",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Replace the bit.ly/tinyurl-style link with the full address on your own domain, or a short link on a domain you own.",
    };

    public override Check Evaluate(RuleContext context) => KeywordReplies.Shorteners(context, KeywordReplies.Help);
}
