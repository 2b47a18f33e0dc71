using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Reviewers read English only: the description, the message flow, the samples and the replies must be in it.</summary>
public sealed class CampaignNotInEnglishRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "506",
        Equivalents = ["30910"],
        Title = "Campaign is not written in English",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Write the description, call to action, samples and keyword replies in English. If you will also text in another language, say so in English in the description and give English samples.",
    };

    public override Check Evaluate(RuleContext context)
    {
        // Nearly every campaign is in English: the list is made only for a finding.
        List<Finding>? findings = null;
        foreach (var f in context.CampaignTextFields)
        {
            if (f.Pointer == Fields.EmbeddedLinkSample) continue;
            var guess = context.Text.Field(f.Pointer).Language;
            // English with a translated sentence beside it ("Responda ALTO para cancelar") can still be read.
            if (guess.IsEnglish || guess.IsBilingual) continue;
            var what = guess.Language == "non-latin"
                ? "is written in a non-Latin script"
                : $"reads as {Name(guess.Language)}";
            var words = string.IsNullOrWhiteSpace(guess.Evidence) ? "" : $" (e.g. {SampleFields.Quote(guess.Evidence.Split(", "))})";
            (findings ??= []).Add(new Finding(
                $"{SampleFields.Name(f.Pointer)} {what}{words}, not English.",
                Evidence.Field(f.Pointer, f.Value)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    private static string Name(string code) => code switch
    {
        "es" => "Spanish",
        "fr" => "French",
        "pt" => "Portuguese",
        "de" => "German",
        "it" => "Italian",
        "nl" => "Dutch",
        "vi" => "Vietnamese",
        "tl" => "Tagalog",
        "pl" => "Polish",
        "ht" => "Haitian Creole",
        "so" => "Somali",
        "hmn" => "Hmong",
        _ => $"another language ({code})",
    };
}
