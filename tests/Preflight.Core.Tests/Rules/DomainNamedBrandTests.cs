using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;
using Preflight.Core.Rules.CallToAction;
using Preflight.Core.Rules.KeywordMessages;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules;

/// <summary>
/// A brand whose name is a domain ("StayFinder.com") is named by that domain written alone, in the samples, the
/// keyword replies and the message flow alike; the same host as a link (with "www.", a scheme or a path) is a link and
/// does not name the brand, and neither does the brand run together inside an address for any other brand.
/// </summary>
public sealed class DomainNamedBrandTests
{
    private static Submission StayFinder => Golden.WithBrand(b => b with
    {
        DisplayName = "StayFinder.com", CompanyName = "StayFinder Inc", Email = "help@stayfinder.com",
        Website = "https://www.stayfinder.com", Vertical = "HOSPITALITY",
    }) with
    {
        Campaign = Golden.Campaign with
        {
            MessageFlow = "Guests opt in at https://www.stayfinder.com/texts by entering a mobile number and checking an optional, unchecked box: \"Send me booking confirmations from StayFinder.com by text. Up to 4 msgs/month. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase.\" Privacy Policy https://www.stayfinder.com/privacy and Terms https://www.stayfinder.com/terms sit below the box.",
            Sample1 = "StayFinder.com: your booking for Fri 6/7 is confirmed. Reply STOP to opt out.",
            Sample2 = "StayFinder.com: check-in opens at 3 PM tomorrow. Reply STOP to opt out.",
            OptinMessage = "StayFinder.com: you're signed up for booking confirmations. Up to 4 msgs/month. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
            OptoutMessage = "StayFinder.com: you have been unsubscribed and will receive no further messages.",
            HelpMessage = "StayFinder.com: for help email help@stayfinder.com. Reply STOP to cancel.",
            EmbeddedLink = false,
            EmbeddedPhone = false,
        },
    };

    public static TheoryData<string> Rules => new() { "5100", "5104", "5109", "8101", "2133", "611", "851", "3106", "601" };

    private static Rule ByCode(string code) => code switch
    {
        "5100" => new OptOutMessageMissingBrandNameRule(),
        "5104" => new OptInMessageMissingBrandNameRule(),
        "5109" => new HelpMessageMissingBrandNameRule(),
        "8101" => new SampleMissingBrandNameRule(),
        "2133" => new FlowMissingBrandNameRule(),
        "611" => new KeywordRepliesIncompleteRule(),
        "851" => new KeywordRepliesAndPrivacyIncompleteRule(),
        "3106" => new SampleLinkOrPhoneWithoutEmbeddedFlagRule(),
        "601" => new CampaignAttributesContradictSamplesRule(),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_domain_written_alone_names_the_brand_and_is_not_a_link(string code) =>
        RuleTester.Passes(ByCode(code), StayFinder);

    [Fact]
    public void Lower_case_in_a_reply_still_names_the_brand() =>
        RuleTester.Passes(new HelpMessageMissingBrandNameRule(), StayFinder with
        {
            Campaign = StayFinder.Campaign with { HelpMessage = "Thanks for texting stayfinder.com! For help email help@stayfinder.com. Reply STOP to cancel." },
        });

    public static TheoryData<string> LinksNotNames => new()
    {
        "For help visit stayfinder.com/help. Reply STOP to cancel.",
        "For help visit www.stayfinder.com. Reply STOP to cancel.",
        "For help visit https://stayfinder.com. Reply STOP to cancel.",
        "For help email help@stayfinder.com. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(LinksNotNames))]
    public void The_same_host_as_a_link_or_mailbox_does_not_name_the_brand(string help)
    {
        var s = StayFinder with { Campaign = StayFinder.Campaign with { HelpMessage = help } };
        RuleTester.Fails(new HelpMessageMissingBrandNameRule(), s, Fields.HelpMessage);
        RuleTester.Fails(new KeywordRepliesIncompleteRule(), s, Fields.HelpMessage);
    }

    [Fact]
    public void A_sample_link_on_the_brand_domain_is_still_a_link()
    {
        var s = StayFinder with { Campaign = StayFinder.Campaign with { Sample2 = "StayFinder.com: manage your stay at stayfinder.com/trips. Reply STOP to opt out." } };
        var r = RuleTester.Fails(new SampleLinkOrPhoneWithoutEmbeddedFlagRule(), s, Fields.Sample2);
        Assert.Equal("stayfinder.com/trips", r.Findings[0].Evidence.Excerpt);
        RuleTester.Fails(new CampaignAttributesContradictSamplesRule(), s);
    }

    [Fact]
    public void A_flow_naming_the_brand_only_in_its_links_still_fails() =>
        RuleTester.Fails(new FlowMissingBrandNameRule(), StayFinder with
        {
            Campaign = StayFinder.Campaign with
            {
                MessageFlow = "Guests opt in at https://www.stayfinder.com/texts by checking an optional, unchecked box to get booking texts. Up to 4 msgs/month. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
            },
        }, Fields.MessageFlow);
}
