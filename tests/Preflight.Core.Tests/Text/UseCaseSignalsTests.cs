using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class UseCaseSignalsTests
{
    [Theory]
    [InlineData("ACCOUNT_NOTIFICATION")]
    [InlineData("2FA")]
    [InlineData(" marketing ")]
    [InlineData("Customer_Care")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("MARKETıNG")] // dotless i upper-cases to I
    [InlineData("K12_EDUCATION\u00A0")]
    public void Normalize_trims_and_upper_cases_as_the_registry_spells_use_cases(string? raw) =>
        Assert.Equal((raw ?? "").Trim().ToUpperInvariant(), UseCaseSignals.Normalize(raw));

    [Fact]
    public void Recognises_exactly_the_known_use_cases()
    {
        var all = typeof(UseCases).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();
        foreach (var u in all.Concat(["marketing", " 2fa ", "UNKNOWN", ""]))
            Assert.Equal(UseCaseSignals.Known.Contains(UseCaseSignals.Normalize(u), StringComparer.Ordinal), UseCaseSignals.Recognises(u));
    }

    [Fact]
    public void Neighbours_are_the_same_lists_on_every_call_and_cannot_be_changed()
    {
        var first = UseCaseSignals.Neighbours(UseCases.AccountNotification);
        Assert.Equal([UseCases.CustomerCare, UseCases.DeliveryNotification], first);
        Assert.Same(first, UseCaseSignals.Neighbours(" account_notification "));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)first)[0] = UseCases.Marketing);
        Assert.Empty(UseCaseSignals.Neighbours(UseCases.Marketing));
    }

    [Theory]
    [InlineData("2FA", new string[0], true)]
    [InlineData("2FA", new[] { " marketing " }, false)]
    [InlineData("MIXED", new[] { "CUSTOMER_CARE", "MARKETING" }, false)]
    [InlineData("MIXED", new[] { "CUSTOMER_CARE", "  " }, true)]
    [InlineData(" Marketing", new string[0], false)]
    [InlineData("SOCIAL", new string[0], false)]
    public void ExcludesMarketing_reads_the_use_case_and_its_sub_use_cases(string useCase, string[] subs, bool excludes) =>
        Assert.Equal(excludes, UseCaseSignals.ExcludesMarketing(new Campaign { Usecase = useCase, SubUsecases = subs }));
}
