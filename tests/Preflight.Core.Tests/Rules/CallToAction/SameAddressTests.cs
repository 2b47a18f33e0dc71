using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

/// <summary>
/// Whether a flow's link is one of the policy links is decided by comparing the stripped addresses in buffers on the
/// stack. These tests hold that to comparing the stripped strings.
/// </summary>
public sealed class SameAddressTests
{
    [Theory]
    [InlineData("https://www.acme.com/privacy/", "https://acme.com/privacy", true)]
    [InlineData("HTTPS://WWW.Acme.com/Privacy", "https://acme.com/privacy//", true)]
    [InlineData("https://www.acme.com/a?u=https://www.b.com", "https://acme.com/a?u=https://b.com", true)]
    [InlineData("https://acme.com/privacy", "https://acme.com/terms", false)]
    [InlineData("https://www.acme.com", "https://www2.acme.com", false)]
    [InlineData("///", "", true)]
    public void Addresses_are_the_same_when_their_stripped_forms_are(string a, string b, bool same)
    {
        Assert.Equal(same, CallToActionFacts.SameAddress(a, b));
        Assert.Equal(Expected(a, b), CallToActionFacts.SameAddress(a, b));
    }

    [Fact]
    public void The_comparison_in_buffers_agrees_with_the_stripped_strings_over_the_corpus()
    {
        Preflight.Core.Tests.Text.Corpus.CompareAll(text =>
        {
            var variants = new[]
            {
                text, text + "/", "https://www." + text, "https://" + text + "//", text.Replace("www.", "WWW.", StringComparison.Ordinal),
                text.ToUpperInvariant(), new string('x', 600) + text,
            };
            var same = false;
            foreach (var a in variants)
                foreach (var b in variants)
                {
                    var expected = Expected(a, b);
                    Assert.True(expected == CallToActionFacts.SameAddress(a, b), $"\"{a}\" and \"{b}\"");
                    same |= expected && a != b;
                }
            return same;
        }, minFound: 100);
    }

    private static bool Expected(string a, string b) =>
        string.Equals(CallToActionFacts.Strip(a), CallToActionFacts.Strip(b), StringComparison.OrdinalIgnoreCase);
}
