using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>
/// Reads the forms of an opt-in page the way a reviewer does: finds the phone field and whether it is required,
/// every checkbox with its label (label[for], wrapping label, aria-label, aria-labelledby, adjacent text, the consent
/// paragraph beside it), what each checkbox asks for, how it starts, and the disclosure text around the consent.
/// Pure: works on a parsed <see cref="HtmlPage"/> and, when a browser render exists, its real checkbox states.
/// </summary>
public static partial class OptInFormAnalyzer
{
    private const int T = 2000;
    private const int MaxAreaText = 4000;
    private const string ControlQuery = "input, textarea, select, [role=checkbox], [role=switch]";

    public static OptInPageAnalysis Analyze(HtmlPage page, IReadOnlyList<CheckboxState>? rendered = null)
    {
        var body = page.Document.Body;
        if (body is null) return new OptInPageAnalysis();
        var ctx = new Ctx(page, rendered);

        var groups = new List<(IElement Root, bool IsForm, List<IElement> Controls)>();
        foreach (var form in page.Document.QuerySelectorAll("form"))
        {
            if (HiddenTree(form)) continue;
            var controls = form.QuerySelectorAll(ControlQuery).Where(c => !HiddenTree(c)).ToList();
            var id = form.Id;
            if (!string.IsNullOrEmpty(id))
                controls.AddRange(page.Document.QuerySelectorAll("[form]").Where(c => c.GetAttribute("form") == id && c.Closest("form") != form));
            groups.Add((form, true, controls));
        }
        foreach (var (root, controls) in FormlessGroups(page))
            groups.Add((root, false, controls));

        var forms = groups.Select(g => AnalyzeForm(ctx, g.Root, g.IsForm, g.Controls)).ToArray();

        var visible = page.VisibleText;
        var keyword = KeywordCta().Match(visible);
        return new OptInPageAnalysis
        {
            Forms = forms,
            KeywordCallToAction = keyword.Success ? new TextMatch(keyword.Index, keyword.Length, keyword.Value) : null,
            PagePrivacyLink = Links(page, body).FirstOrDefault(l => IsPrivacyLink(l)),
            Rendered = rendered is { Count: > 0 },
        };
    }

    /// <summary>"For help, call 555-0100", "questions? email help@acme.com": a way to get help other than the HELP keyword.</summary>
    public static TextMatch? FindHelpContact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = HelpContact().Match(text);
        return m.Success ? new TextMatch(m.Index, m.Length, m.Value) : null;
    }

    /// <summary>Opt-out wording the keyword detector does not cover: "you can opt out at any time by replying STOP".</summary>
    public static TextMatch? FindOptOutWording(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = OptOutWording().Match(text);
        return m.Success ? new TextMatch(m.Index, m.Length, m.Value) : null;
    }

    /// <summary>Whether a text speaks of text messages (SMS, texts, text alerts, mobile messages).</summary>
    public static bool MentionsTextMessages(string? text) => !string.IsNullOrEmpty(text) && Sms().IsMatch(text);

    /// <summary>Classifies what a checkbox's words ask for, and whether they bundle SMS consent with the terms.</summary>
    public static (ControlKind Kind, bool Bundles) Classify(string label, string context)
    {
        var (kind, bundles) = ClassifyText(label);
        if (kind != ControlKind.Other || WordCount(label) >= 8) return (kind, bundles);
        // Short labels ("I agree", "Yes, opt me in") take their meaning from the consent text beside them.
        return ClassifyText(label + " " + context);
    }

    private static (ControlKind, bool) ClassifyText(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (ControlKind.Other, false);
        var sms = Sms().IsMatch(text);
        var accepts = AcceptsTerms(text);
        if (sms) return (ControlKind.SmsConsent, accepts);
        if (accepts || (TermsWords().IsMatch(text) && AgreeWords().IsMatch(text))) return (ControlKind.TermsAcceptance, false);
        return (ControlKind.Other, false);
    }

    private static bool AcceptsTerms(string text)
    {
        foreach (Match m in TermsAcceptance().Matches(text))
            if (!SmsProgramTerms().IsMatch(m.Value)) return true;
        return false;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static FormAnalysis AnalyzeForm(Ctx ctx, IElement root, bool isForm, List<IElement> controlElements)
    {
        var page = ctx.Page;
        var fields = new List<FormField>();
        var controls = new List<ConsentControl>();
        foreach (var el in controlElements.Distinct())
        {
            var type = TypeOf(el);
            if (type is "hidden" or "submit" or "button" or "reset" or "image") continue;
            if (type is "checkbox" or "radio" or "aria-checkbox" or "aria-switch")
            {
                var c = Control(ctx, el, type);
                if (c is not null) controls.Add(c);
                continue;
            }
            fields.Add(Field(ctx, el, type));
        }

        var phone = fields.FirstOrDefault(f => f.Purpose == "phone");
        var others = fields.Where(f => f.Purpose is "email" or "message" or "address" or "company" or "password" or "payment" or "date" or "other").ToArray();

        var area = AreaElements(root);
        var text = Limit(string.Join("\n", area.Select(e => HtmlText.Visible(e)).Where(t => t.Length > 0)));
        var links = area.SelectMany(e => Links(page, e)).ToArray();
        var sms = controls.Where(c => c.Kind == ControlKind.SmsConsent).ToArray();
        var disclosure = new StringBuilder();
        foreach (var c in sms) disclosure.Append(c.Label).Append('\n').Append(c.Context).Append('\n');
        disclosure.Append(text);
        var disclosureText = Limit(disclosure.ToString());

        return new FormAnalysis
        {
            Selector = page.Selector(root),
            IsFormElement = isForm,
            Action = isForm ? root.GetAttribute("action") : null,
            Phone = phone,
            Fields = fields,
            Controls = controls,
            IsMultiPurpose = others.Length > 0,
            OtherPurposeFields = others,
            Text = text,
            DisclosureText = disclosureText,
            PrivacyLink = links.FirstOrDefault(IsPrivacyLink),
            TermsLink = links.FirstOrDefault(IsTermsLink),
            MentionsSmsConsent = Sms().IsMatch(text) && ConsentWords().IsMatch(text),
            Disclosures = DisclosureFacts.Of(disclosureText),
        };
    }

    private static string Limit(string s) => s.Length <= MaxAreaText * 2 ? s : s[..(MaxAreaText * 2)];

    private static ConsentControl? Control(Ctx ctx, IElement el, string type)
    {
        var (label, source) = LabelOf(ctx, el, forCheckbox: true);
        var context = ContextOf(ctx, el, label);
        var (kind, bundles) = Classify(label, context);
        if (type == "radio")
        {
            // A radio counts only as an affirmative SMS choice ("Yes, text me"); "No" answers and other radios are left out.
            if (kind != ControlKind.SmsConsent || NegativeChoice().IsMatch(label)) return null;
        }

        bool isChecked;
        string checkedSource;
        var state = ctx.RenderedState(el);
        if (state is not null)
        {
            isChecked = state.Checked;
            checkedSource = "browser render";
        }
        else if (type.StartsWith("aria-", StringComparison.Ordinal))
        {
            isChecked = string.Equals(el.GetAttribute("aria-checked"), "true", StringComparison.OrdinalIgnoreCase);
            checkedSource = isChecked ? "aria-checked" : "default";
        }
        else
        {
            isChecked = el.HasAttribute("checked");
            checkedSource = isChecked ? "checked attribute" : "default";
        }

        var requiredBy = RequiredBy(el, label);
        if (requiredBy is null && state is { Required: true }) requiredBy = "browser render";

        return new ConsentControl
        {
            Selector = ctx.Page.Selector(el),
            Name = el.GetAttribute("name"),
            Type = type,
            Label = label,
            LabelSource = source,
            Context = context,
            Kind = kind,
            Checked = isChecked,
            CheckedSource = checkedSource,
            Required = requiredBy is not null,
            RequiredBy = requiredBy,
            BundlesTerms = bundles,
        };
    }

    private static FormField Field(Ctx ctx, IElement el, string type)
    {
        var (label, _) = LabelOf(ctx, el, forCheckbox: false);
        var descriptor = Describe(el, label);
        var purpose = PurposeOf(el, type, descriptor);
        var requiredBy = RequiredBy(el, label);
        return new FormField(ctx.Page.Selector(el), el.GetAttribute("name"), type, label, purpose, requiredBy is not null, requiredBy);
    }

    private static string TypeOf(IElement el)
    {
        var role = el.GetAttribute("role")?.ToLowerInvariant();
        if (el.LocalName == "input")
        {
            var t = (el.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
            return t.Length == 0 ? "text" : t;
        }
        if (role == "checkbox") return "aria-checkbox";
        if (role == "switch") return "aria-switch";
        return el.LocalName; // textarea, select
    }

    /// <summary>The words that describe a field: name, id, autocomplete, placeholder, aria-label, label; camelCase and snake_case split.</summary>
    private static string Describe(IElement el, string label)
    {
        var sb = new StringBuilder();
        foreach (var a in new[] { "name", "id", "autocomplete", "placeholder", "aria-label", "title", "data-name", "data-type", "class" })
        {
            var v = el.GetAttribute(a);
            if (string.IsNullOrEmpty(v)) continue;
            sb.Append(' ').Append(SplitIdentifier(v));
        }
        sb.Append(' ').Append(label);
        return sb.ToString();
    }

    private static string SplitIdentifier(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '_' or '-' or '[' or ']' or '.' or ':') { sb.Append(' '); continue; }
            if (i > 0 && char.IsUpper(c) && char.IsLower(s[i - 1])) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static string PurposeOf(IElement el, string type, string d)
    {
        if (type == "tel") return "phone";
        if (type == "search" || (type == "text" && SearchField().IsMatch(d))) return "search";
        if (type == "password") return "password";
        if (BirthWords().IsMatch(d)) return "birthdate";
        if (type == "email" || EmailWords().IsMatch(d)) return "email";
        if (PhoneExtraWords().IsMatch(d)) return "phone-extra";
        if (PhoneWords().IsMatch(d) || PhonePlaceholder().IsMatch(el.GetAttribute("placeholder") ?? "")) return "phone";
        if (type is "date" or "datetime-local" or "time" || DateWords().IsMatch(d)) return "date";
        if (PaymentWords().IsMatch(d)) return "payment";
        if (ZipWords().IsMatch(d)) return "zip";
        if (NameWords().IsMatch(d)) return "name";
        if (type == "textarea" || MessageWords().IsMatch(d)) return "message";
        if (AddressWords().IsMatch(d)) return "address";
        if (CompanyWords().IsMatch(d)) return "company";
        return "other";
    }

    private static string? RequiredBy(IElement el, string label)
    {
        if (el.HasAttribute("required")) return "required attribute";
        if (string.Equals(el.GetAttribute("aria-required"), "true", StringComparison.OrdinalIgnoreCase)) return "aria-required";
        foreach (var a in new[] { "data-required", "data-val-required", "data-rule-required", "data-parsley-required" })
        {
            var v = el.GetAttribute(a);
            if (v is not null && !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase)) return a;
        }
        var cls = el.GetAttribute("class") ?? "";
        if (RequiredClass().IsMatch(cls)) return "required class";
        var trimmed = label.TrimEnd();
        if (!Optional().IsMatch(label) && (trimmed.EndsWith('*') || label.StartsWith('*') || RequiredMark().IsMatch(label))) return "label marked required";
        return null;
    }

    /// <summary>The label text of a control, and how it was found.</summary>
    private static (string Text, string Source) LabelOf(Ctx ctx, IElement el, bool forCheckbox)
    {
        var id = el.Id;
        if (!string.IsNullOrEmpty(id) && ctx.LabelsFor.TryGetValue(id, out var forLabel))
        {
            var t = HtmlText.Inline(forLabel, el);
            if (t.Length > 0) return (t, "label[for]");
        }
        var wrapping = el.Closest("label");
        if (wrapping is not null)
        {
            var t = HtmlText.Inline(wrapping, el);
            if (t.Length > 0) return (t, "wrapping label");
        }
        var labelledBy = el.GetAttribute("aria-labelledby");
        if (!string.IsNullOrWhiteSpace(labelledBy))
        {
            var parts = labelledBy.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(i => ctx.Page.Document.GetElementById(i))
                .Where(e => e is not null)
                .Select(e => HtmlText.Inline(e!))
                .Where(t => t.Length > 0);
            var t = string.Join(" ", parts);
            if (t.Length > 0) return (t, "aria-labelledby");
        }
        var aria = el.GetAttribute("aria-label");
        if (!string.IsNullOrWhiteSpace(aria)) return (HtmlText.Collapse(aria), "aria-label");
        if (el.LocalName != "input" && !string.IsNullOrEmpty(el.GetAttribute("role")))
        {
            var own = HtmlText.Inline(el);
            if (own.Length > 0) return (own, "own text");
        }
        var adjacent = forCheckbox ? FollowingText(el) : PrecedingText(el);
        if (adjacent.Length > 0) return (adjacent, "adjacent text");
        if (!forCheckbox)
        {
            var placeholder = el.GetAttribute("placeholder");
            if (!string.IsNullOrWhiteSpace(placeholder)) return (HtmlText.Collapse(placeholder), "placeholder");
        }
        var title = el.GetAttribute("title");
        if (!string.IsNullOrWhiteSpace(title)) return (HtmlText.Collapse(title), "title");
        var parent = el.ParentElement;
        if (parent is not null && parent.LocalName != "form" && parent.QuerySelectorAll(ControlQuery).Length <= 1)
        {
            var t = HtmlText.Inline(parent, el);
            if (t.Length is > 0 and <= 1200) return (t, "container text");
        }
        return ("", "");
    }

    /// <summary>Text right after a checkbox, up to the next block or control ("[x] Text me offers").</summary>
    private static string FollowingText(IElement el)
    {
        var sb = new StringBuilder();
        for (var n = el.NextSibling; n is not null && sb.Length < 1200; n = n.NextSibling)
        {
            if (n is IElement e)
            {
                if (HtmlText.IsBlock(e) || e.LocalName is "input" or "select" or "textarea" or "button" || e.QuerySelector(ControlQuery) is not null) break;
                if (HtmlText.IsHidden(e)) continue;
                sb.Append(' ').Append(HtmlText.Inline(e));
            }
            else if (n.NodeType == NodeType.Text) sb.Append(n.TextContent);
        }
        return HtmlText.Collapse(sb.ToString());
    }

    /// <summary>Text right before a field ("Phone: [____]"), kept short: it is a caption, not a paragraph.</summary>
    private static string PrecedingText(IElement el)
    {
        var parts = new List<string>();
        for (var n = el.PreviousSibling; n is not null && parts.Sum(p => p.Length) < 80; n = n.PreviousSibling)
        {
            if (n is IElement e)
            {
                if (e.LocalName is "input" or "select" or "textarea" or "button" || e.QuerySelector(ControlQuery) is not null) break;
                if (HtmlText.IsHidden(e)) continue;
                parts.Insert(0, HtmlText.Inline(e));
                if (HtmlText.IsBlock(e)) break;
            }
            else if (n.NodeType == NodeType.Text) parts.Insert(0, n.TextContent);
        }
        var t = HtmlText.Collapse(string.Join(" ", parts));
        return t.Length <= 80 ? t : "";
    }

    /// <summary>The consent text beside a checkbox: aria-describedby, then the text block following its row.</summary>
    private static string ContextOf(Ctx ctx, IElement el, string label)
    {
        var parts = new List<string>();
        var describedBy = el.GetAttribute("aria-describedby");
        if (!string.IsNullOrWhiteSpace(describedBy))
            foreach (var id in describedBy.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (ctx.Page.Document.GetElementById(id) is { } d) parts.Add(HtmlText.Inline(d));

        // The row holding the checkbox (its label or its nearest block container), then the block after it.
        var row = el.Closest("label") ?? BlockAncestor(el);
        var total = 0;
        for (var sib = row?.NextElementSibling; sib is not null && total < 1200 && parts.Count < 3; sib = sib.NextElementSibling)
        {
            if (HtmlText.IsHidden(sib)) continue;
            if (sib.LocalName is "input" or "select" or "textarea" or "button" || sib.QuerySelector(ControlQuery) is not null) break;
            var t = HtmlText.Inline(sib);
            if (t.Length == 0 || label.Contains(t, StringComparison.Ordinal)) continue;
            parts.Add(t);
            total += t.Length;
            if (!Sms().IsMatch(t) && t.Length > 40) break;
        }
        return HtmlText.Collapse(string.Join(" ", parts.Where(p => !label.Contains(p, StringComparison.Ordinal))));
    }

    private static IElement? BlockAncestor(IElement el)
    {
        for (var p = el.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "form" or "body" or "fieldset") return null;
            if (HtmlText.IsBlock(p)) return p;
        }
        return null;
    }

    /// <summary>The form and the text blocks right beside it: the disclaimer under the button often sits outside the form element.</summary>
    private static IReadOnlyList<IElement> AreaElements(IElement root)
    {
        var list = new List<IElement> { root };
        var anchor = root;
        if (anchor.PreviousElementSibling is null && anchor.NextElementSibling is null && anchor.ParentElement is { } p && p.LocalName != "body")
            anchor = p;
        var total = 0;
        var after = 0;
        for (var s = anchor.NextElementSibling; s is not null && after < 2 && total < MaxAreaText; s = s.NextElementSibling)
        {
            if (!Beside(s)) break;
            var len = s.TextContent.Length;
            if (len == 0) continue;
            list.Add(s);
            total += len;
            after++;
        }
        var prev = anchor.PreviousElementSibling;
        if (prev is not null && Beside(prev) && prev.TextContent.Length < 600) list.Add(prev);
        return list;

        static bool Beside(IElement e) =>
            !HtmlText.IsHidden(e)
            && e.LocalName is not ("form" or "nav" or "footer" or "header" or "script" or "style" or "section" or "main" or "aside")
            && e.QuerySelector("form, input, textarea, select") is null;
    }

    private static IEnumerable<LinkInfo> Links(HtmlPage page, IElement root)
    {
        foreach (var a in root.QuerySelectorAll("a[href]"))
        {
            if (HiddenTree(a)) continue;
            yield return new LinkInfo(page.Selector(a), HtmlText.Inline(a), a.GetAttribute("href") ?? "");
        }
    }

    private static bool IsPrivacyLink(LinkInfo l) =>
        l.Text.Contains("privacy", StringComparison.OrdinalIgnoreCase) || l.Href.Contains("privacy", StringComparison.OrdinalIgnoreCase);

    private static bool IsTermsLink(LinkInfo l) =>
        Disclosures.FindTermsReference(l.Text) is not null || TermsHref().IsMatch(l.Href);

    private static bool HiddenTree(IElement e)
    {
        for (var cur = e; cur is not null; cur = cur.ParentElement)
            if (HtmlText.IsHidden(cur)) return true;
        return false;
    }

    /// <summary>Inputs outside any form element, grouped by the container they share (widgets built without a form tag).</summary>
    private static IEnumerable<(IElement Root, List<IElement> Controls)> FormlessGroups(HtmlPage page)
    {
        var loose = page.Document.QuerySelectorAll(ControlQuery)
            .Where(c => c.Closest("form") is null && !c.HasAttribute("form") && !HiddenTree(c) && TypeOf(c) is not ("hidden" or "submit" or "reset" or "image" or "button"))
            .ToList();
        if (loose.Count == 0) yield break;
        var byContainer = new Dictionary<IElement, List<IElement>>();
        var order = new List<IElement>();
        foreach (var c in loose)
        {
            var container = Container(c);
            if (!byContainer.TryGetValue(container, out var list))
            {
                byContainer[container] = list = [];
                order.Add(container);
            }
            list.Add(c);
        }
        // Merge a container into an outer one that also holds loose inputs.
        foreach (var inner in order.ToArray())
        {
            var outer = order.FirstOrDefault(o => o != inner && byContainer.ContainsKey(o) && o.Contains(inner));
            if (outer is null || !byContainer.ContainsKey(inner)) continue;
            byContainer[outer].AddRange(byContainer[inner]);
            byContainer.Remove(inner);
        }
        foreach (var root in order)
            if (byContainer.TryGetValue(root, out var controls))
            {
                // A lone search box in the header is not a form anyone opts in with.
                if (controls.All(c => IsSearchBox(c))) continue;
                yield return (root, controls);
            }
    }

    private static bool IsSearchBox(IElement c) =>
        TypeOf(c) == "search" || c.Closest("[role=search]") is not null || SearchField().IsMatch(SplitIdentifier((c.GetAttribute("name") ?? "") + " " + (c.Id ?? "")));

    private static IElement Container(IElement control)
    {
        for (var p = control.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "body" or "main") return p;
            if (p.LocalName is not ("div" or "section" or "article" or "aside" or "fieldset")) continue;
            var inputs = p.QuerySelectorAll(ControlQuery).Length;
            if (inputs > 1 || p.QuerySelector("button, [type=submit], [role=button]") is not null) return p;
        }
        return control.Owner!.Body!;
    }

    /// <summary>Per-analysis lookups: labels by their for= id, and the render's checkbox states by element.</summary>
    private sealed class Ctx
    {
        private readonly Dictionary<IElement, CheckboxState> _states = [];

        public Ctx(HtmlPage page, IReadOnlyList<CheckboxState>? rendered)
        {
            Page = page;
            foreach (var l in page.Document.QuerySelectorAll("label[for]"))
            {
                var f = l.GetAttribute("for");
                if (!string.IsNullOrEmpty(f)) LabelsFor.TryAdd(f, l);
            }
            if (rendered is null || rendered.Count == 0) return;
            var unmatched = new List<CheckboxState>();
            foreach (var s in rendered)
            {
                var e = page.Find(s.Selector);
                if (e is not null) _states.TryAdd(e, s);
                else unmatched.Add(s);
            }
            // Selectors that do not resolve here: fall back to document order when the counts agree.
            var boxes = page.Document.QuerySelectorAll("input")
                .Where(i => string.Equals(i.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase)).ToArray();
            if (unmatched.Count > 0 && boxes.Length == rendered.Count)
                for (var i = 0; i < boxes.Length; i++) _states.TryAdd(boxes[i], rendered[i]);
        }

        public HtmlPage Page { get; }
        public Dictionary<string, IElement> LabelsFor { get; } = new(StringComparer.Ordinal);

        public CheckboxState? RenderedState(IElement e) => _states.GetValueOrDefault(e);
    }

    [GeneratedRegex(@"\b(?:sms|mms|txts?|texts|texting|text[\s-]?(?:me|messag\w*|alerts?|updates?|notifications?|reminders?|offers?|msgs?|marketing|program|club|list)|(?:mobile|phone|cell)\s+(?:alerts?|messag\w*|notifications?|updates?|marketing)|receive\s+(?:[\w'’&-]+\s+){0,5}?(?:messages|msgs|texts|alerts)|msg\s*(?:&|and|\+)\s*data|autodialed|automated\s+(?:\w+\s+)?messages)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SmsShared();
    private static Regex Sms() => ThreadRegex.Local(SmsShared());

    [GeneratedRegex(@"\b(?:agree(?:s|d|ing)?|accept(?:s|ed|ing)?|acknowledge[sd]?|consent(?:s|ed|ing)?)\s+(?:to\s+|that\s+i\s+have\s+read\s+)?(?:(?:the|your|our|all|these|its|their|this\s+site['’]?s?|[A-Z][\w'’&.-]*['’]s)\s+)?(?:[\w'’&-]+\s+){0,3}?(?:terms|conditions|privacy\s+(?:policy|notice|statement)|user\s+agreement|eula|policies)\b|\b(?:have\s+read|read\s+and\s+(?:agree|accept|understand))\b|\b(?:agree|accept)\b[^.]{0,100}?\band\s+(?:to\s+|accept\s+)?(?:the|your|our)\s+(?:[\w'’&-]+\s+){0,2}?(?:terms|privacy\s+policy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex TermsAcceptanceShared();
    private static Regex TermsAcceptance() => ThreadRegex.Local(TermsAcceptanceShared());

    [GeneratedRegex(@"\b(?:sms|messaging|text(?:ing)?|mobile|program|message)\s+(?:program\s+)?terms\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SmsProgramTermsShared();
    private static Regex SmsProgramTerms() => ThreadRegex.Local(SmsProgramTermsShared());

    [GeneratedRegex(@"\b(?:terms|conditions|privacy|policy|agreement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex TermsWordsShared();
    private static Regex TermsWords() => ThreadRegex.Local(TermsWordsShared());

    [GeneratedRegex(@"\b(?:agree|accept|acknowledge|read|understand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex AgreeWordsShared();
    private static Regex AgreeWords() => ThreadRegex.Local(AgreeWordsShared());

    [GeneratedRegex(@"\b(?:agree|consent|opt[\s-]?in|sign(?:ing)?\s+up|subscribe|receive|authori[sz]e)\w*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentWordsShared();
    private static Regex ConsentWords() => ThreadRegex.Local(ConsentWordsShared());

    [GeneratedRegex(@"^\s*(?:no\b|not\s+now|don['’]?t|do\s+not|never|opt\s+out|unsubscribe)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NegativeChoiceShared();
    private static Regex NegativeChoice() => ThreadRegex.Local(NegativeChoiceShared());

    [GeneratedRegex(@"\b(?:phone|phones|mobile|cell|cellphone|cellular|telephone|tel|sms|whatsapp)\b|\btext(?:ing)?\s+number\b|\bnumber\s+to\s+text\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PhoneWordsShared();
    private static Regex PhoneWords() => ThreadRegex.Local(PhoneWordsShared());

    [GeneratedRegex(@"\b(?:country\s+code|dial\s+code|calling\s+code|phone\s+(?:ext|extension|type)|ext)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PhoneExtraWordsShared();
    private static Regex PhoneExtraWords() => ThreadRegex.Local(PhoneExtraWordsShared());

    [GeneratedRegex(@"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\(?x{3}\)?[\s.-]?x{3}[\s.-]?x{4}|\+1\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PhonePlaceholderShared();
    private static Regex PhonePlaceholder() => ThreadRegex.Local(PhonePlaceholderShared());

    [GeneratedRegex(@"\be[\s-]?mail\b|\bemail\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex EmailWordsShared();
    private static Regex EmailWords() => ThreadRegex.Local(EmailWordsShared());

    [GeneratedRegex(@"\b(?:dob|birth\w*|born|bday|date\s+of\s+birth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex BirthWordsShared();
    internal static Regex BirthWords() => ThreadRegex.Local(BirthWordsShared());

    [GeneratedRegex(@"\b(?:name|first|last|fname|lname|given|family|surname|full\s+name)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NameWordsShared();
    private static Regex NameWords() => ThreadRegex.Local(NameWordsShared());

    [GeneratedRegex(@"\b(?:message|comments?|question|questions|inquiry|enquiry|notes?|details|how\s+can\s+we\s+help|subject|feedback)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex MessageWordsShared();
    private static Regex MessageWords() => ThreadRegex.Local(MessageWordsShared());

    [GeneratedRegex(@"\b(?:address|street|city|state|addr|apt|suite|country)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex AddressWordsShared();
    private static Regex AddressWords() => ThreadRegex.Local(AddressWordsShared());

    [GeneratedRegex(@"\b(?:zip|postal|postcode|zipcode)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ZipWordsShared();
    private static Regex ZipWords() => ThreadRegex.Local(ZipWordsShared());

    [GeneratedRegex(@"\b(?:company|business|organi[sz]ation|employer|org)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CompanyWordsShared();
    private static Regex CompanyWords() => ThreadRegex.Local(CompanyWordsShared());

    [GeneratedRegex(@"\b(?:card|cc|cvv|cvc|expir\w*|billing|payment|iban|account\s+number|routing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PaymentWordsShared();
    private static Regex PaymentWords() => ThreadRegex.Local(PaymentWordsShared());

    [GeneratedRegex(@"\b(?:date|appointment|preferred\s+time|time\s+slot|check[\s-]?in|check[\s-]?out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DateWordsShared();
    private static Regex DateWords() => ThreadRegex.Local(DateWordsShared());

    [GeneratedRegex(@"^\s*(?:q|s|query|search|keywords?|search\s+\w+)\s*$|\bsearch\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SearchFieldShared();
    private static Regex SearchField() => ThreadRegex.Local(SearchFieldShared());

    [GeneratedRegex(@"(?:^|\s)(?:required|is-required|required-field|field-required|wpcf7-validates-as-required|gfield_contains_required|validate\[required\]|js-required)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex RequiredClassShared();
    private static Regex RequiredClass() => ThreadRegex.Local(RequiredClassShared());

    [GeneratedRegex(@"\(\s*required\s*\)|\brequired\s*$|\*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex RequiredMarkShared();
    private static Regex RequiredMark() => ThreadRegex.Local(RequiredMarkShared());

    [GeneratedRegex(@"\(\s*optional\s*\)|\boptional\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex OptionalShared();
    private static Regex Optional() => ThreadRegex.Local(OptionalShared());

    [GeneratedRegex(@"terms|tos\b|conditions|/legal/terms", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex TermsHrefShared();
    private static Regex TermsHref() => ThreadRegex.Local(TermsHrefShared());

    [GeneratedRegex(@"\b(?i:text|txt|send|reply\s+with)\s+(?:the\s+(?:word|keyword)\s+)?[""'“‘]?[A-Z][A-Z0-9]{1,19}[""'”’]?\s+to\s+(?:\+?1[\s.-]?)?(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|\d{5,6})\b", RegexOptions.CultureInvariant, T)]
    private static partial Regex KeywordCtaShared();
    private static Regex KeywordCta() => ThreadRegex.Local(KeywordCtaShared());

    [GeneratedRegex(@"\b(?:for\s+(?:help|support|assistance|questions)|need\s+help|questions\??|customer\s+(?:care|support|service)|contact\s+us)\b[^.\n]{0,80}?(?:[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex HelpContactShared();
    private static Regex HelpContact() => ThreadRegex.Local(HelpContactShared());

    [GeneratedRegex(@"\b(?:opt[\s-]?out|unsubscribe|cancel|stop\s+receiving)\b[^.\n]{0,60}?\b(?:reply(?:ing)?|text(?:ing)?|send(?:ing)?)\s+[""'“‘]?(?:STOP|END|CANCEL|QUIT|UNSUBSCRIBE)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex OptOutWordingShared();
    private static Regex OptOutWording() => ThreadRegex.Local(OptOutWordingShared());
}
