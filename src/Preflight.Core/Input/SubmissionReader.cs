using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Preflight.Core.Model;
using B = Preflight.Core.Input.FieldMap.Brand;
using C = Preflight.Core.Input.FieldMap.Campaign;

namespace Preflight.Core.Input;

/// <summary>
/// Reads submissions from JSON: <c>{ "brand": {…}, "campaign": {…} }</c> in the registry's field names, or a
/// Twilio campaign in snake_case (flat, with a <c>"brand"</c> object beside its fields, or wrapped the same way).
/// The shape is detected, never declared. Unknown fields are kept; wrong types, malformed JSON and oversized
/// input raise an <see cref="InputException"/> whose message is one line naming the file and the place.
/// Pure: bytes in, model out.
/// </summary>
public sealed class SubmissionReader
{
    private readonly InputLimits _limits;
    private readonly JsonDocumentOptions _options;

    public SubmissionReader(InputLimits? limits = null)
    {
        _limits = limits ?? InputLimits.Default;
        _options = new JsonDocumentOptions { MaxDepth = _limits.MaxDepth };
    }

    public static SubmissionReader Default { get; } = new();

    public InputLimits Limits => _limits;

    /// <summary>Reads one submission from a whole .json document.</summary>
    public SubmissionDocument Read(ReadOnlyMemory<byte> json, string file)
    {
        if (json.Length > _limits.MaxSubmissionBytes)
            throw new InputException(file, TooBig(json.Length, "the file"));
        json = StripBom(json);
        CheckUtf8(json.Span, file, 1);
        var submission = Parse(json, file, line: null, source: file);
        return new SubmissionDocument(submission, file, 1, json);
    }

    /// <summary>Reads a submission from a string (tests, the web API).</summary>
    public Submission Read(string json, string source = "input") =>
        Read(Encoding.UTF8.GetBytes(json), source).Submission;

    /// <summary>Reads a stream of at most <see cref="InputLimits.MaxSubmissionBytes"/> bytes holding one submission.</summary>
    public SubmissionDocument Read(Stream stream, string file) =>
        Read(ReadBounded(stream, _limits.MaxSubmissionBytes, file), file);

    /// <summary>
    /// Reads JSON Lines: one submission per non-blank line, each named <c>file:line</c>. Lines are parsed in parallel;
    /// when several are bad, the error names the first of them, as a line-by-line reader would.
    /// </summary>
    public IReadOnlyList<SubmissionDocument> ReadJsonLines(ReadOnlyMemory<byte> content, string file)
    {
        content = StripBom(content);
        var lines = new List<(ReadOnlyMemory<byte> Line, int Number)>();
        var lineNumber = 0;
        var rest = content;
        while (!rest.IsEmpty || lineNumber == 0)
        {
            lineNumber++;
            var nl = rest.Span.IndexOf((byte)'\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? ReadOnlyMemory<byte>.Empty : rest[(nl + 1)..];
            if (IsBlank(line.Span))
            {
                if (rest.IsEmpty) break;
                continue;
            }
            lines.Add((line, lineNumber));
            if (rest.IsEmpty) break;
        }
        var docs = ReadInParallel(lines.Count, i =>
        {
            var (line, number) = lines[i];
            if (line.Length > _limits.MaxSubmissionBytes)
                throw new InputException(file, TooBig(line.Length, "the line"), number);
            CheckUtf8(line.Span, file, number);
            var source = file + ":" + number.ToString(CultureInfo.InvariantCulture);
            return new SubmissionDocument(Parse(line, file, number, source), file, number, line);
        });
        if (docs.Length == 0) throw new InputException(file, "no submissions: the file has no non-blank lines");
        return docs;
    }

    /// <summary>
    /// Reads <paramref name="count"/> submissions on every core, in input order. When several are bad, the error is the
    /// one a reader going in order would have met first.
    /// </summary>
    public static SubmissionDocument[] ReadInParallel(int count, Func<int, SubmissionDocument> read)
    {
        var docs = new SubmissionDocument[count];
        var errors = new InputException?[count];
        Parallel.For(0, count, i =>
        {
            try { docs[i] = read(i); }
            catch (InputException ex) { errors[i] = ex; }
        });
        foreach (var error in errors)
            if (error is not null) throw error;
        return docs;
    }

    /// <summary>Reads a stream to its end, failing fast once it passes <paramref name="max"/> bytes.</summary>
    public static byte[] ReadBounded(Stream stream, long max, string file)
    {
        var buffer = new ArrayBufferWriter<byte>(stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length, 1), max + 1) : 64 * 1024);
        while (true)
        {
            var span = buffer.GetSpan(64 * 1024);
            var n = stream.Read(span);
            if (n == 0) break;
            buffer.Advance(n);
            if (buffer.WrittenCount > max)
                throw new InputException(file, $"the input is over {Size(max)}, the limit per submission");
        }
        return buffer.WrittenSpan.ToArray();
    }

    private Submission Parse(ReadOnlyMemory<byte> json, string file, int? line, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, _options);
        }
        catch (JsonException ex)
        {
            var l = (line ?? 1) + (ex.LineNumber ?? 0);
            var col = (ex.BytePositionInLine ?? 0) + 1;
            throw new InputException(file, "invalid JSON: " + Clean(ex.Message), l, col);
        }
        using (doc)
        {
            var context = new ReadContext(file, line, _limits);
            return Map(doc.RootElement, context, source);
        }
    }

    private static Submission Map(JsonElement root, ReadContext context, string source)
    {
        if (root.ValueKind == JsonValueKind.Array)
            throw context.Error("", "expected one submission object, got a list; put several submissions in a directory of .json files or in a .jsonl file, one per line");
        if (root.ValueKind != JsonValueKind.Object)
            throw context.Error("", $"expected an object {{ \"brand\": {{…}}, \"campaign\": {{…}} }}, got {ObjectReader.Describe(root)}");

        var top = new ObjectReader(root, "", "", context);
        ObjectReader campaign;
        var wrapped = top.Take(["campaign"], "campaign");
        if (wrapped is { } w)
        {
            if (w.Value.ValueKind != JsonValueKind.Object)
                throw context.Error(w.Pointer, $"expected an object with the campaign's fields, got {ObjectReader.Describe(w.Value)}");
            campaign = new ObjectReader(w.Value, w.Pointer, Fields.Campaign, context);
        }
        else if (top.HasAny(C.Markers))
        {
            // A bare campaign object (Twilio's API returns campaigns flat); its brand sits beside the fields.
            campaign = new ObjectReader(root, "", Fields.Campaign, context);
        }
        else
        {
            throw context.Error("", "no campaign found: expected { \"brand\": {…}, \"campaign\": {…} } with the registry's field names, or a Twilio campaign object (description, message_flow, message_samples, …) with a \"brand\" object");
        }

        var brandField = top.Take(["brand"], "brand");
        if (brandField is null || brandField.Value.Value.ValueKind == JsonValueKind.Null)
            throw context.Error("/brand", "missing; add a \"brand\" object (displayName, companyName, entityType, ein, website, email, …): rules about the brand and its name in messages need it");
        if (brandField.Value.Value.ValueKind != JsonValueKind.Object)
            throw context.Error(brandField.Value.Pointer, $"expected an object with the brand's fields, got {ObjectReader.Describe(brandField.Value.Value)}");
        var brandReader = new ObjectReader(brandField.Value.Value, brandField.Value.Pointer, Fields.Brand, context);

        var brand = ReadBrand(brandReader);
        var camp = ReadCampaign(campaign, skipBrand: wrapped is null);
        var twilio = campaign.UsedSnakeCase || brandReader.UsedSnakeCase;
        return new Submission
        {
            Brand = brand,
            Campaign = camp,
            Source = source,
            Shape = twilio ? SubmissionShape.Twilio : SubmissionShape.Registry,
            SourcePointers = context.Pointers,
        };
    }

    private static Brand ReadBrand(ObjectReader r) => new()
    {
        EntityType = r.String(B.EntityType, "entityType"),
        DisplayName = r.String(B.DisplayName, "displayName"),
        CompanyName = r.String(B.CompanyName, "companyName"),
        Ein = r.String(B.Ein, "ein"),
        EinIssuingCountry = r.String(B.EinIssuingCountry, "einIssuingCountry"),
        FirstName = r.String(B.FirstName, "firstName"),
        LastName = r.String(B.LastName, "lastName"),
        Phone = r.String(B.Phone, "phone"),
        MobilePhone = r.String(B.MobilePhone, "mobilePhone"),
        Street = r.String(B.Street, "street"),
        City = r.String(B.City, "city"),
        State = r.String(B.State, "state"),
        PostalCode = r.String(B.PostalCode, "postalCode"),
        Country = r.String(B.Country, "country"),
        Email = r.String(B.Email, "email"),
        StockSymbol = r.String(B.StockSymbol, "stockSymbol"),
        StockExchange = r.String(B.StockExchange, "stockExchange"),
        Website = r.String(B.Website, "website"),
        Vertical = r.String(B.Vertical, "vertical"),
        AltBusinessId = r.String(B.AltBusinessId, "altBusinessId"),
        AltBusinessIdType = r.String(B.AltBusinessIdType, "altBusinessIdType"),
        ReferenceId = r.String(B.ReferenceId, "referenceId"),
        BusinessContactEmail = r.String(B.BusinessContactEmail, "businessContactEmail"),
        IdentityStatus = r.String(B.IdentityStatus, "identityStatus"),
        BrandId = r.String(B.BrandId, "brandId"),
        Extra = r.Extra(),
    };

    private static Campaign ReadCampaign(ObjectReader r, bool skipBrand)
    {
        var samples = new string?[5];
        for (var i = 0; i < 5; i++)
        {
            var name = "sample" + (i + 1).ToString(CultureInfo.InvariantCulture);
            samples[i] = r.String([name], name);
        }
        ReadMessageSamples(r, samples);

        return new Campaign
        {
            CampaignId = r.String(C.CampaignId, "campaignId"),
            BrandId = r.String(C.BrandId, "brandId"),
            Usecase = r.String(C.Usecase, "usecase"),
            SubUsecases = r.List(C.SubUsecases, "subUsecases"),
            Vertical = r.String(C.Vertical, "vertical"),
            Description = r.String(C.Description, "description"),
            MessageFlow = r.String(C.MessageFlow, "messageFlow"),
            Sample1 = samples[0],
            Sample2 = samples[1],
            Sample3 = samples[2],
            Sample4 = samples[3],
            Sample5 = samples[4],
            OptinKeywords = r.Keywords(C.OptinKeywords, "optinKeywords"),
            OptinMessage = r.String(C.OptinMessage, "optinMessage"),
            OptoutKeywords = r.Keywords(C.OptoutKeywords, "optoutKeywords"),
            OptoutMessage = r.String(C.OptoutMessage, "optoutMessage"),
            HelpKeywords = r.Keywords(C.HelpKeywords, "helpKeywords"),
            HelpMessage = r.String(C.HelpMessage, "helpMessage"),
            EmbeddedLink = r.Bool(C.EmbeddedLink, "embeddedLink"),
            EmbeddedLinkSample = r.String(C.EmbeddedLinkSample, "embeddedLinkSample"),
            EmbeddedPhone = r.Bool(C.EmbeddedPhone, "embeddedPhone"),
            NumberPool = r.Bool(C.NumberPool, "numberPool"),
            AgeGated = r.Bool(C.AgeGated, "ageGated"),
            DirectLending = r.Bool(C.DirectLending, "directLending"),
            AffiliateMarketing = r.Bool(C.AffiliateMarketing, "affiliateMarketing"),
            SubscriberOptin = r.Bool(C.SubscriberOptin, "subscriberOptin"),
            SubscriberOptout = r.Bool(C.SubscriberOptout, "subscriberOptout"),
            SubscriberHelp = r.Bool(C.SubscriberHelp, "subscriberHelp"),
            TermsAndConditions = r.Bool(C.TermsAndConditions, "termsAndConditions"),
            PrivacyPolicyLink = r.String(C.PrivacyPolicyLink, "privacyPolicyLink"),
            TermsAndConditionsLink = r.String(C.TermsAndConditionsLink, "termsAndConditionsLink"),
            ReferenceId = r.String(C.ReferenceId, "referenceId"),
            MnoIds = r.List(C.MnoIds, "mnoIds"),
            Extra = skipBrand ? r.Extra("brand") : r.Extra(),
        };
    }

    /// <summary>Twilio's <c>message_samples</c> list fills sample1…sample5 in order.</summary>
    private static void ReadMessageSamples(ObjectReader r, string?[] samples)
    {
        if (!r.Has(C.MessageSamples)) return;
        var (value, pointer) = r.Take(C.MessageSamples, "messageSamples")!.Value;
        r.Context.Pointers.Remove(Fields.Campaign + "/messageSamples");
        if (value.ValueKind == JsonValueKind.Null) return;
        if (value.ValueKind != JsonValueKind.Array)
            throw r.Context.Error(pointer, $"expected a list of sample messages, got {ObjectReader.Describe(value)}");
        if (samples.Any(s => s is not null))
            throw r.Context.Error(pointer, "samples are given twice (message_samples and sample1…sample5); keep one");
        var count = value.GetArrayLength();
        if (count > 5)
            throw r.Context.Error(pointer, $"{count} samples; a campaign takes at most 5");
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            samples[i] = item.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => r.Checked(item.GetString()!, at),
                _ => throw r.Context.Error(at, $"expected a string, got {ObjectReader.Describe(item)}"),
            };
            r.Context.Map(Fields.Campaign + "/sample" + (i + 1).ToString(CultureInfo.InvariantCulture), at);
            i++;
        }
    }

    private static ReadOnlyMemory<byte> StripBom(ReadOnlyMemory<byte> json) =>
        json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;

    private static bool IsBlank(ReadOnlySpan<byte> line) =>
        line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>Rejects bytes that are not UTF-8, naming where the first bad byte is.</summary>
    private static void CheckUtf8(ReadOnlySpan<byte> bytes, string file, int firstLine)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done) break;
            offset += consumed;
        }
        var position = JsonLocator.Position(bytes, offset);
        var bad = offset < bytes.Length ? $" (byte 0x{bytes[offset]:X2})" : "";
        throw new InputException(file, $"not valid UTF-8{bad}; save the file as UTF-8",
            firstLine + position.Line - 1, LineBytes(bytes, offset) + 1);
    }

    private static int LineBytes(ReadOnlySpan<byte> bytes, int offset)
    {
        var start = bytes[..offset].LastIndexOf((byte)'\n');
        return offset - (start + 1);
    }

    /// <summary>System.Text.Json's message without its own location suffix (the exception renders a better one).</summary>
    private static string Clean(string message)
    {
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
            return "nested deeper than the limit of 64 levels";
        foreach (var cut in new[] { " Path: ", " LineNumber: " })
        {
            var i = message.IndexOf(cut, StringComparison.Ordinal);
            if (i > 0) message = message[..i];
        }
        return message.TrimEnd(' ', '|', '.') + ".";
    }

    private string TooBig(long length, string what) =>
        $"{what} is {Size(length)}; the limit is {Size(_limits.MaxSubmissionBytes)} per submission";

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}
