using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Account;

/// <summary>A campaign moved in from another provider needs the receiving account set up for the migration.</summary>
public sealed class CnpMigrationNotConfiguredRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6104",
        Title = "Provider account not set up to accept a CNP migration",
        Area = RuleArea.Account,
        Severity = Severity.Rejection,
        Needs = Needs.Account,
        Fix = "Before migrating a campaign to Bandwidth from another connectivity partner (CNP), ask Bandwidth support to enable CNP migrations on your account, then start the migration again.",
    };

    public override Check Evaluate(RuleContext context) =>
        Check.NotEvaluated("whether the provider account accepts CNP migrations is account configuration, which a submission does not carry; ask the provider's support");
}
