using Preflight.Core.Rules.OptInForm;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingRatesRuleTests
{
    [Fact]
    public void Fails_only_when_the_rates_notice_is_missing() => FormDisclosures.Check(new FormMissingRatesRule(), "optin-missing-rates.html");
}
