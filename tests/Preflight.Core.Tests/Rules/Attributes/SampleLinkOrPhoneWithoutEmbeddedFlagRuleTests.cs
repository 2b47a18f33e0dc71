using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class SampleLinkOrPhoneWithoutEmbeddedFlagRuleTests
{
    private static readonly SampleLinkOrPhoneWithoutEmbeddedFlagRule Rule = new();

    private const string Plain = "Bright Smile Dental: Your visit is confirmed. Reply STOP to opt out.";

    public static TheoryData<string, string> Links => new()
    {
        { "Bright Smile Dental: Confirm at https://www.brightsmiledental.com/c/8812. Reply STOP to opt out.", "https://www.brightsmiledental.com/c/8812" },
        { "Bright Smile Dental: Forms at brightsmiledental.com/forms before you come. Reply STOP to opt out.", "brightsmiledental.com/forms" },
        { "Acme Shipping: your parcel is on its way, see acme.com/track. Reply STOP to opt out.", "acme.com/track" },
        { "Bright Smile Dental: Map: www.brightsmiledental.com. Reply STOP to opt out.", "www.brightsmiledental.com" },
        // Less common top-level domains, with a path or "www.".
        { "Bright Smile Dental: Max is due for his checkup. Book online at cedarcreek.vet/book. Reply STOP to opt out.", "cedarcreek.vet/book" },
        { "Bright Smile Dental: Book online at www.cedarcreek.vet Reply STOP to opt out.", "www.cedarcreek.vet" },
        { "Bright Smile Dental: Outage map: bluegrassrec.coop/outages. Reply STOP to opt out.", "bluegrassrec.coop/outages" },
    };

    public static TheoryData<string, string> Phones => new()
    {
        { "Bright Smile Dental: Call (303) 555-0142 to reschedule. Reply STOP to opt out.", "(303) 555-0142" },
        { "Bright Smile Dental: Call 303-555-0142 to reschedule. Reply STOP to opt out.", "303-555-0142" },
        { "Bright Smile Dental: Call +1 303 555 0142 to reschedule. Reply STOP to opt out.", "+1 303 555 0142" },
        // Vanity and local numbers.
        { "Bright Smile Dental: Questions about your water heater? Call 1-800-DRAIN-GUY. Reply STOP to opt out.", "1-800-DRAIN-GUY" },
        { "Bright Smile Dental: Order lunch at 800-GOT-FOOD. Reply STOP to opt out.", "800-GOT-FOOD" },
        { "Bright Smile Dental: Need to reschedule? Call us at 555-0122. Reply STOP to opt out.", "555-0122" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Fails_a_link_when_embeddedLink_is_false(string sample, string link)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample, EmbeddedLink = false }), Fields.Sample2);
        Assert.Equal(link, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void Passes_a_link_when_embeddedLink_is_true(string sample, string link)
    {
        _ = link;
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample, EmbeddedLink = true }));
    }

    [Theory]
    [MemberData(nameof(Phones))]
    public void Fails_a_phone_when_embeddedPhone_is_false(string sample, string phone)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = Plain, Sample2 = sample, EmbeddedPhone = false }), Fields.Sample2);
        Assert.Equal(phone, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Gives_one_finding_per_sample_and_kind()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            EmbeddedPhone = null,
            EmbeddedLink = false,
            Sample2 = "Bright Smile Dental: Call (303) 555-0142 or see brightsmiledental.com/visit. Reply STOP to opt out.",
        }));
        Assert.Equal(3, r.Findings.Count); // sample1 phone, sample2 link, sample2 phone
    }

    public static TheoryData<string> NoLinkOrPhone => new()
    {
        "Bright Smile Dental: Your visit is Tue 3/12 at 10:30 AM. Reply STOP to opt out.",
        "Bright Smile Dental: Questions? Email office@brightsmiledental.com. Reply STOP to opt out.",
        "Bright Smile Dental: Your balance of $1,250.00 is due 4/1. Reply STOP to opt out.",
        "Bright Smile Dental: Mr. Smith, your visit is at 10 a.m. tomorrow. Reply STOP to opt out.",
        "Bright Smile Dental: We're open Mon.-Fri. 8 a.m.-5 p.m. in St. Louis. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit is confirmed.Reply STOP to opt out.",
        "Bright Smile Dental: Fill in the form.pdf we emailed before your visit. Reply STOP to opt out.",
        "Bright Smile Dental: Orders of 500-1000 aligner trays ship free. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit on 2025-03-12 at 10:30-11:15 is confirmed for ZIP 80204-1234. Reply STOP to opt out.",
        "Bright Smile Dental: Thanks for visiting today.call us anytime with questions. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(NoLinkOrPhone))]
    public void Passes_samples_with_no_link_or_phone(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = Plain, Sample2 = sample, EmbeddedLink = false, EmbeddedPhone = false }));

    [Fact]
    public void A_brand_name_that_looks_like_a_domain_is_not_a_link()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Shoes.com", CompanyName = "Shoes.com Inc." });
        s = s with { Campaign = s.Campaign with { Sample2 = "Shoes.com: your order has shipped. Reply STOP to opt out.", EmbeddedLink = false } };
        RuleTester.Passes(Rule, s);
    }
}
