using Preflight.Core.Rules.OptInForm;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingMessageTypesRuleTests
{
    [Fact]
    public void Fails_only_when_the_message_types_are_missing() => FormDisclosures.Check(new FormMissingMessageTypesRule(), "optin-missing-types.html");
}
