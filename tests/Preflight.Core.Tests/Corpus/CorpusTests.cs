using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Tests.Corpus;

/// <summary>
/// Precision and recall over realistic registrations: the compliant corpus draws no rejection, and each
/// single-defect variant fails the rule it targets.
/// </summary>
public sealed class CorpusTests
{
    private static readonly Evaluator Evaluator = new();

    public static TheoryData<string> CompliantIds
    {
        get
        {
            var d = new TheoryData<string>();
            foreach (var s in CompliantCorpus.All) d.Add(s.Source);
            return d;
        }
    }

    public static TheoryData<string, string> VariantIds
    {
        get
        {
            var d = new TheoryData<string, string>();
            foreach (var v in DefectVariants.All) d.Add(v.Code, v.Name);
            return d;
        }
    }

    [Fact]
    public void The_corpus_is_large_enough()
    {
        Assert.True(CompliantCorpus.All.Count >= 25);
        Assert.True(DefectVariants.All.Count >= 100);
        Assert.True(CompliantCorpus.All.Select(s => s.Campaign.Usecase).Distinct().Count() >= 10);
    }

    [Theory]
    [MemberData(nameof(CompliantIds))]
    public void Compliant_registration_draws_no_rejection(string id)
    {
        var s = CompliantCorpus.All.Single(x => x.Source == id);
        var report = Evaluator.Evaluate(s);
        var rejections = report.Results.Where(r => r.IsFailedRejection || r.Outcome == Outcome.Error).ToArray();
        Assert.True(rejections.Length == 0, string.Join("\n", rejections.Select(Describe)));
    }

    [Theory]
    [MemberData(nameof(VariantIds))]
    public void Single_defect_variant_fails_its_rule(string code, string name)
    {
        var v = DefectVariants.All.Single(x => x.Code == code && x.Name == name);
        var report = Evaluator.Evaluate(v.Submission);
        var target = report.Results.Single(r => r.Rule.Code == code);
        Assert.True(target.Outcome == Outcome.Failed, $"{code} ({name}) was {target.Outcome}: {target.Note}");
        Assert.Equal("reject", report.Verdict);
    }

    private static string Describe(RuleResult r) =>
        $"{r.Rule.Code} {r.Outcome}: {r.Note} {string.Join(" | ", r.Findings.Select(f => f.Message + " [" + f.Evidence.Path + ": " + f.Evidence.Excerpt + "]"))}";
}

/// <summary>One compliant registration with exactly one defect, and the code that defect must draw.</summary>
public sealed record DefectVariant(string Code, string Name, Submission Submission);

public static class DefectVariants
{
    public static IReadOnlyList<DefectVariant> All { get; } = Build();

    private static IReadOnlyList<DefectVariant> Build()
    {
        var kinds = new (string Code, string Kind, Func<Submission, Submission> Mutate)[]
        {
            ("5104", "opt-in without brand", s => C(s, c => c with { OptinMessage = "You're subscribed to text alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel." })),
            ("5105", "opt-in without frequency", s => C(s, c => c with { OptinMessage = $"{B(s)}: You're subscribed to text alerts. Msg & data rates may apply. Reply HELP for help, STOP to cancel." })),
            ("5106", "opt-in without rates", s => C(s, c => c with { OptinMessage = $"{B(s)}: You're subscribed to text alerts. Msg frequency varies. Reply HELP for help, STOP to cancel." })),
            ("5107", "opt-in without HELP", s => C(s, c => c with { OptinMessage = $"{B(s)}: You're subscribed to text alerts. Msg frequency varies. Msg & data rates may apply. Reply STOP to cancel." })),
            ("5108", "opt-in without STOP", s => C(s, c => c with { OptinMessage = $"{B(s)}: You're subscribed to text alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help." })),
            ("5100", "opt-out without brand", s => C(s, c => c with { OptoutMessage = "You have been unsubscribed and will receive no further messages. Reply START to resubscribe." })),
            ("5102", "opt-out without no-further-messages", s => C(s, c => c with { OptoutMessage = $"{B(s)}: We got your request. Reply START to resubscribe." })),
            ("5109", "help without brand", s => C(s, c => c with { HelpMessage = $"For help email support@{D(s)} or call (312) 555-0187. Reply STOP to opt out." })),
            ("5110", "help without contact", s => C(s, c => c with { HelpMessage = $"{B(s)}: We're here to help with your account. Reply STOP to opt out." })),
            ("5101", "no opt-out keyword", s => C(s, c => c with { OptoutKeywords = "NOMORE" })),
            ("5103", "no HELP keyword", s => C(s, c => c with { HelpKeywords = "SUPPORT" })),
            ("8201", "shortener in a sample", s => C(s, c => c with { Sample2 = $"{B(s)}: See the details at https://bit.ly/3xYz12 today. Reply STOP to opt out.", EmbeddedLink = true })),
            ("6106", "shortener in help", s => C(s, c => c with { HelpMessage = $"{B(s)}: For help visit https://tinyurl.com/help-desk or email support@{D(s)}. Reply STOP to opt out." })),
            ("6103", "emoji in a sample", s => C(s, c => c with { Sample1 = c.Sample1 + " 🎉" })),
            ("8101", "sample without brand", s => C(s, c => c with { Sample2 = "Thanks! Your request is confirmed and we will see you soon. Reply STOP to opt out." })),
            ("3108", "embedded phone flag without a phone", s => C(s, c => c with { EmbeddedPhone = true, Sample1 = $"{B(s)}: Thanks for being with us. Reply STOP to opt out.", Sample2 = $"{B(s)}: Your request is confirmed. Reply STOP to opt out." })),
            ("3109", "embedded link flag without a link", s => C(s, c => c with { EmbeddedLink = true, Sample1 = $"{B(s)}: Thanks for being with us. Reply STOP to opt out.", Sample2 = $"{B(s)}: Your request is confirmed. Reply STOP to opt out." })),
            ("3106", "link in a sample, flag off", s => C(s, c => c with { EmbeddedLink = false, Sample2 = $"{B(s)}: Details at https://www.{D(s)}/account today. Reply STOP to opt out." })),
            ("506", "samples in Spanish", s => C(s, c => c with { Sample1 = $"{B(s)}: Hola, gracias por su visita. Su cita es el martes a las 10. Responda STOP para cancelar los mensajes.", Sample2 = $"{B(s)}: Su pedido está listo para recoger. Gracias por elegirnos, estamos aquí para ayudarle. Responda STOP para cancelar." })),
            ("7100", "no privacy policy link", s => C(s, c => c with { PrivacyPolicyLink = null })),
            ("2133", "flow without brand", s => C(s, c => c with { MessageFlow = Flow(s, brand: false) })),
            ("2135", "flow without frequency", s => C(s, c => c with { MessageFlow = Flow(s, frequency: false) })),
            ("2136", "flow without rates", s => C(s, c => c with { MessageFlow = Flow(s, rates: false) })),
            ("2137", "flow without HELP", s => C(s, c => c with { MessageFlow = Flow(s, help: false) })),
            ("2138", "flow without STOP", s => C(s, c => c with { MessageFlow = Flow(s, stop: false) })),
            ("701", "CBD in the description", s => C(s, c => c with { Description = c.Description + " We also sell CBD oil and hemp gummies." })),
            ("PF107", "flow says the box is pre-checked", s => C(s, c => c with { MessageFlow = Flow(s).Replace(" and checking an optional, unchecked box:", "; the SMS box below it comes pre-checked for convenience and reads:", StringComparison.Ordinal) })),
        };
        var items = CompliantCorpus.All;
        var list = new List<DefectVariant>();
        for (var k = 0; k < kinds.Length; k++)
        {
            // Each defect on four different registrations, rotating through the corpus.
            for (var j = 0; j < 4; j++)
            {
                var s = items[(k * 4 + j) % items.Count];
                list.Add(new DefectVariant(kinds[k].Code, $"{kinds[k].Kind} / {s.Source}", kinds[k].Mutate(s) with { Source = s.Source + "+" + kinds[k].Code }));
            }
        }
        return list;
    }

    private static Submission C(Submission s, Func<Campaign, Campaign> f) => s with { Campaign = f(s.Campaign) };

    private static string B(Submission s) => s.Brand.DisplayName!;

    private static string D(Submission s) => new Uri(s.Brand.Website!).Host.Replace("www.", "", StringComparison.Ordinal);

    /// <summary>A complete web-form call to action for the registration, with one element left out on request.</summary>
    private static string Flow(Submission s, bool brand = true, bool frequency = true, bool rates = true, bool help = true, bool stop = true)
    {
        var parts = new List<string>
        {
            $"Customers opt in on our website form at https://www.{D(s)}/sms by entering a mobile number and checking an optional, unchecked box: \"I agree to receive account update texts"
                + (brand ? $" from {B(s)}." : "."),
        };
        if (frequency) parts.Add("Msg frequency varies.");
        if (rates) parts.Add("Msg & data rates may apply.");
        if (help) parts.Add("Reply HELP for help.");
        if (stop) parts.Add("Reply STOP to cancel.");
        parts.Add($"\" Privacy Policy: https://www.{D(s)}/privacy Terms: https://www.{D(s)}/terms");
        return string.Join(" ", parts);
    }
}
