using Preflight.Core.Html;

namespace Preflight.Core.Tests.Html;

public sealed class PolicyAnalyzerTests
{
    private static PrivacyPolicyAnalysis Read(string sentence) =>
        PolicyAnalyzer.Analyze("Privacy Policy\nWe collect personal information and use cookies.\n" + sentence, "Privacy Policy");

    public static TheoryData<string> NonSharing => new()
    {
        "We do not share mobile opt-in data with third parties.",
        "Text messaging originator opt-in data and consent will not be shared with any third parties.",
        "No mobile information will be shared with third parties/affiliates for marketing/promotional purposes.",
        "All the above categories exclude text messaging originator opt-in data and consent; this information will not be shared with any third parties.",
        "Your mobile number will never be sold, rented or shared with anyone.",
        "SMS consent and phone numbers are not shared with third parties or affiliates for marketing purposes.",
        "Mobile opt-in data will not be shared with third parties, even with your consent.",
    };

    [Theory]
    [MemberData(nameof(NonSharing))]
    public void Recognises_the_sms_non_sharing_statement(string sentence)
    {
        var a = Read(sentence);
        Assert.NotNull(a.SmsNonSharing);
        Assert.Null(a.ConsentException);
        Assert.Null(a.DisallowedException);
        Assert.False(a.AllowsSharingOptInData);
    }

    public static TheoryData<string, string> ConsentExceptions => new()
    {
        { "We will not share your mobile opt-in data with third parties except with your consent.", "except with your consent" },
        { "Mobile information will not be shared with third parties unless you give us permission.", "unless you give us permission" },
        { "We won't sell or share your phone number without your prior written consent.", "without your prior written consent" },
        { "Your mobile number will not be shared with partners. Unless you opt in to partner offers, of course.", "Unless you opt in" },
    };

    [Theory]
    [MemberData(nameof(ConsentExceptions))]
    public void Finds_consent_exceptions_attached_to_the_statement(string text, string words)
    {
        var a = Read(text);
        Assert.NotNull(a.ConsentException);
        Assert.StartsWith(words, a.ConsentExceptionWords, StringComparison.OrdinalIgnoreCase);
        Assert.Null(a.SmsNonSharing);
    }

    [Theory]
    [InlineData("We will not share mobile opt-in data with third parties, except with our affiliates and marketing partners.")]
    [InlineData("SMS opt-in data is never shared other than with our sister companies for promotional purposes.")]
    public void Finds_partner_exceptions(string text) => Assert.NotNull(Read(text).DisallowedException);

    [Theory]
    [InlineData("We will not share mobile opt-in data with third parties, except as required by law.")]
    [InlineData("Mobile information will not be shared with third parties/affiliates for marketing/promotional purposes. Information sharing to subcontractors in support services, such as customer service, is permitted.")]
    public void Allows_operational_exceptions(string text)
    {
        var a = Read(text);
        Assert.NotNull(a.SmsNonSharing);
        Assert.Null(a.DisallowedException);
        Assert.Null(a.ConsentException);
    }

    public static TheoryData<string> Sharing => new()
    {
        "We may share your information with our partners.",
        "We may share your personal information with our affiliates and trusted partners for marketing purposes.",
        "Your data may be shared with third-party advertisers.",
        "We reserve the right to sell your information to other companies.",
    };

    [Theory]
    [MemberData(nameof(Sharing))]
    public void Finds_sharing_with_partners(string sentence)
    {
        var a = Read(sentence);
        Assert.Single(a.SharingStatements);
        Assert.True(a.AllowsSharingOptInData);
    }

    [Theory]
    [InlineData("We do not share your information with partners.")]
    [InlineData("We may share information with service providers who perform services on our behalf.")]
    [InlineData("We may share information with third parties as required by law or to respond to a subpoena.")]
    [InlineData("We never sell your data.")]
    public void Does_not_count_negated_or_operational_sharing(string sentence) =>
        Assert.Empty(Read(sentence).SharingStatements);

    [Fact]
    public void A_carve_out_clears_general_sharing_but_not_sharing_of_mobile_numbers()
    {
        Assert.False(Read("We may share your information with our partners. Text messaging originator opt-in data and consent will not be shared with any third parties.").AllowsSharingOptInData);
        var a = Read("We may share your mobile phone number with our marketing partners. Text messaging originator opt-in data will not be shared with any third parties.");
        Assert.True(a.AllowsSharingOptInData);
        Assert.NotNull(a.SharesMobileData);
    }

    [Theory]
    [InlineData("We may send you promotional messages about new services.", true)]
    [InlineData("You may receive marketing texts and special offers.", true)]
    [InlineData("Mobile information will not be shared with third parties for marketing/promotional purposes.", false)]
    [InlineData("We will never send you promotional messages.", false)]
    public void Finds_mentions_of_marketing_messages(string sentence, bool found) =>
        Assert.Equal(found, Read(sentence).MarketingMessages is not null);

    [Fact]
    public void Tells_a_privacy_policy_from_other_pages()
    {
        Assert.True(PolicyAnalyzer.Analyze(Pages.Parse("privacy-good.html")).IsPrivacyPolicy);
        Assert.False(PolicyAnalyzer.Analyze(Pages.Parse("not-privacy.html")).IsPrivacyPolicy);
        Assert.False(PolicyAnalyzer.Analyze(Pages.Parse("terms-good.html")).IsPrivacyPolicy);
    }

    [Fact]
    public void Splits_sentences_at_stops_and_lines()
    {
        var s = PolicyAnalyzer.Sentences("One thing. Two things! e.g. three\nFour");
        Assert.Equal(["One thing.", "Two things! e.g. three", "Four"], s.Select(x => x.Text));
    }
}
