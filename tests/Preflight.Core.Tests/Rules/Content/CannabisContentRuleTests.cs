using Preflight.Core.Model;
using Preflight.Core.Rules.Content;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class CannabisContentRuleTests
{
    private static readonly CannabisContentRule Rule = new();

    public static TheoryData<string, string> FailingDescriptions => new()
    {
        { "Bright Smile Dental is a family practice. We also sell CBD oil and hemp gummies at the front desk.", "CBD" },
        { "Green Leaf is a licensed cannabis dispensary sending order-ready alerts.", "cannabis" },
        { "We deliver Delta-8 gummies and pre-rolls across Denver.", "Delta-8" },
        { "Members get first pick of new strains, edibles and weed deals.", "strains" },
        { "Serenity Day Spa offers a hemp-infused deep tissue massage and facials.", "hemp-infused" },
        { "Our chiropractic clinic also sells full-spectrum hemp tinctures at the front desk.", "full-spectrum hemp" },
        { "Green Cross Clinic books medical card evaluations for new cannabis patients.", "medical card evaluations" },
    };

    public static TheoryData<string> PassingDescriptions => new()
    {
        "Green Lawn Co. sends reminders for spring weed control and fertilizer visits, up to 4 messages per month.",
        "We do not sell CBD, hemp or cannabis products of any kind.",
        "Bright Smile Dental, Suite 420, sends appointment reminders to patients who opted in.",
        "Stretch & Flex Physical Therapy sends tips to avoid muscle strain and visit reminders.",
        "Our pharmacy reminds patients to take their vitamin gummies and pick up refills.",
        "Bright Smile Dental sends visit reminders and asks patients to bring a photo ID and medical card.",
        "Blue Compass Travel sends trip reminders, such as your Delta 8:05 AM flight to Atlanta.",
    };

    [Theory]
    [MemberData(nameof(FailingDescriptions))]
    public void Fails_on_cannabis_content(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(PassingDescriptions))]
    public void Passes_ordinary_wording(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Fails_on_a_sample_about_cbd() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: our new CBD balm is in stock! Reply STOP to opt out." }), Fields.Sample2);

    [Fact]
    public void Fails_on_the_brand_name() =>
        RuleTester.Fails(Rule, Golden.WithBrand(b => b with { CompanyName = "Mile High CBD Wellness LLC" }), Fields.CompanyName);

    [Fact]
    public void Fails_on_cbd_products_on_the_brand_website()
    {
        var sites = new SiteEvidenceSet
        {
            Sites =
            [
                new SiteEvidence
                {
                    Url = "https://www.brightsmiledental.com",
                    Role = SiteRoles.Website,
                    Page = new PageEvidence { FinalUrl = "https://www.brightsmiledental.com/", Status = 200, ContentType = "text/html", Html = "<html><body><h1>Bright Smile Dental</h1><p>Shop our full-spectrum CBD oil for jaw pain.</p></body></html>" },
                },
            ],
        };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: sites);
        Assert.Equal("https://www.brightsmiledental.com/", r.Findings[0].Evidence.Url);
        Assert.Contains("CBD oil", r.Findings[0].Evidence.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_ambiguous_word_is_not_enough() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: pulled a weed from our garden today. Reply STOP to opt out." }));

    [Fact]
    public void Passes_the_golden_submission() => RuleTester.Passes(Rule, Golden.Submission);
}
