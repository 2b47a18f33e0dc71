using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class RequiredFieldsMissingRuleTests
{
    private static readonly RequiredFieldsMissingRule Rule = new();

    public static TheoryData<string> Required => new()
    {
        Fields.Usecase, Fields.Description, Fields.MessageFlow, Fields.Sample1, Fields.EmbeddedLink, Fields.EmbeddedPhone,
        Fields.OptinKeywords, Fields.OptinMessage, Fields.OptoutKeywords, Fields.OptoutMessage, Fields.HelpKeywords, Fields.HelpMessage,
    };

    [Fact]
    public void Passes_a_complete_campaign() => RuleTester.Passes(Rule, Golden.Submission);

    [Theory]
    [MemberData(nameof(Required))]
    public void Fails_when_a_required_field_is_empty(string pointer)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => Clear(c, pointer)), pointer);
        Assert.Single(r.Findings);
    }

    [Fact]
    public void Keyword_replies_are_optional_when_the_subscriber_option_is_off() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { SubscriberOptin = false, OptinKeywords = null, OptinMessage = "" }));

    [Fact]
    public void Keyword_replies_are_not_required_in_the_twilio_shape() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = null, HelpKeywords = null }) with { Shape = SubmissionShape.Twilio });

    [Fact]
    public void Says_sample1_must_be_filled_first_when_later_samples_are_given()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = null, Sample3 = c.Sample1 }), Fields.Sample1);
        Assert.Contains("from sample1 on", r.Findings[0].Message);
    }

    private static Campaign Clear(Campaign c, string pointer) => pointer switch
    {
        Fields.Usecase => c with { Usecase = " " },
        Fields.Description => c with { Description = null },
        Fields.MessageFlow => c with { MessageFlow = "" },
        Fields.Sample1 => c with { Sample1 = null },
        Fields.EmbeddedLink => c with { EmbeddedLink = null },
        Fields.EmbeddedPhone => c with { EmbeddedPhone = null },
        Fields.OptinKeywords => c with { OptinKeywords = null },
        Fields.OptinMessage => c with { OptinMessage = null },
        Fields.OptoutKeywords => c with { OptoutKeywords = "" },
        Fields.OptoutMessage => c with { OptoutMessage = null },
        Fields.HelpKeywords => c with { HelpKeywords = null },
        Fields.HelpMessage => c with { HelpMessage = null },
        _ => throw new ArgumentOutOfRangeException(nameof(pointer)),
    };
}
