using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>A message flow's spoken opt-in and its script, when it has one.</summary>
internal sealed record VerbalReading(TextMatch Spoken, VerbalScript? Script, string Flow);

/// <summary>What the verbal opt-in rules share: finding the spoken opt-in and its script, and checking a disclosure in it.</summary>
internal static class VerbalScripts
{
    /// <summary>The spoken opt-in the message flow describes, or null when consent is not taken verbally.</summary>
    public static VerbalReading? Read(RuleContext context) => context.Get(CallToActionMemo.Verbal);

    internal static VerbalReading? ReadUncached(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return null;
        // Cheap gate on the cached facts before reading sentence by sentence.
        if ((flow.OptInMethods & (OptInMethod.Verbal | OptInMethod.PointOfSale)) == OptInMethod.None
            && flow.Text.AsSpan().IndexOfAny(SpokenHints) < 0)
            return null;
        var methods = CallToActionFacts.FlowMethods(context);
        var spoken = methods.FirstOrDefault(m => m.Method == OptInMethod.Verbal);
        if (spoken is null) return null;
        var spokenOnly = methods.All(m => m.Method is OptInMethod.Verbal or OptInMethod.PointOfSale);
        return new VerbalReading(spoken.Match, CallToActionText.FindVerbalScript(flow.Text, spokenOnly), flow.Text);
    }

    /// <summary>Fails when the script lacks what <paramref name="find"/> looks for.</summary>
    public static Check Require(RuleContext context, Func<string, TextMatch?> find, string what, string example)
    {
        var r = Read(context);
        if (r is null) return Check.Passed("the message flow describes no verbal opt-in");
        if (r.Script is null) return Check.Passed("the message flow gives no verbal script; 2105 reports it");
        if (find(r.Script.Text) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The verbal opt-in script never gives {what}; staff should say it when asking for consent, e.g. {example}.",
            ScriptEvidence(r)));
    }

    /// <summary>Evidence spanning the script's parts in the message flow.</summary>
    public static Evidence ScriptEvidence(VerbalReading r) =>
        Evidence.Words(Fields.MessageFlow, r.Flow, r.Script!.Start, r.Script.End - r.Script.Start);

    /// <summary>A privacy policy mention in the script, or a statement that numbers are not shared.</summary>
    public static TextMatch? PrivacyMentionOrDisclosure(string script) =>
        Disclosures.FindPrivacyPolicyReference(script) ?? CallToActionText.FindPrivacyDisclosure(script);

    /// <summary>A privacy policy mention with a way to reach it: a link, a phone or e-mail, the website, or a copy offered.</summary>
    public static TextMatch? PrivacyWithDirections(string script)
    {
        var privacy = Disclosures.FindPrivacyPolicyReference(script);
        if (privacy is null) return null;
        foreach (var s in CallToActionText.Sentences(script))
        {
            if (Disclosures.FindPrivacyPolicyReference(s.Value) is null) continue;
            if (Disclosures.FindSupportContact(s.Value) is not null || CallToActionText.FindCopyAvailable(s.Value) is not null
                || s.Value.AsSpan().IndexOfAny(OnlineHints) >= 0)
                return privacy;
        }
        return null;
    }

    // Case-insensitive substring sets, searched in one vectorised pass.
    private static readonly System.Buffers.SearchValues<string> SpokenHints =
        System.Buffers.SearchValues.Create(["person", "face to face", "face-to-face", "asked", "orally", "during"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OnlineHints =
        System.Buffers.SearchValues.Create(["website", "web site", "online", "link", " site", "read"], StringComparison.OrdinalIgnoreCase);
}
