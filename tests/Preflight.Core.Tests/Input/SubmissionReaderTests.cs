using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Preflight.Core.Input;
using Preflight.Core.Model;

namespace Preflight.Core.Tests.Input;

public sealed class SubmissionReaderTests
{
    private static readonly SubmissionReader Reader = SubmissionReader.Default;

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "samples", name));

    private static InputException Fails(string json, string file = "x.json") =>
        Assert.Throws<InputException>(() => Reader.Read(Encoding.UTF8.GetBytes(json), file));

    private static Brand Plain(Brand b) => b with { Extra = Golden.Brand.Extra };

    private static Campaign Plain(Campaign c) => c with { Extra = Golden.Campaign.Extra, SubUsecases = Golden.Campaign.SubUsecases, MnoIds = Golden.Campaign.MnoIds };

    [Fact]
    public void Reads_the_registry_shape_into_the_golden_submission()
    {
        var doc = Reader.Read(Sample("compliant.json"), "samples/compliant.json");
        var s = doc.Submission;
        Assert.Equal(SubmissionShape.Registry, s.Shape);
        Assert.Equal("samples/compliant.json", s.Source);
        Assert.Equal(Golden.Brand, Plain(s.Brand));
        Assert.Equal(Golden.Campaign, Plain(s.Campaign));
        Assert.Empty(s.SourcePointers);
        Assert.Empty(s.Brand.Extra);
        Assert.Empty(s.Campaign.Extra);
    }

    [Fact]
    public void Reads_the_Twilio_shape_into_the_same_model_and_remembers_the_original_pointers()
    {
        var s = Reader.Read(Sample("compliant-twilio.json"), "tw.json").Submission;
        Assert.Equal(SubmissionShape.Twilio, s.Shape);
        Assert.Equal(Golden.Brand, Plain(s.Brand));
        var expected = Golden.Campaign with
        {
            Vertical = null, NumberPool = null, AffiliateMarketing = null, SubscriberOptout = null, SubscriberHelp = null, TermsAndConditions = null,
        };
        Assert.Equal(expected, Plain(s.Campaign));
        Assert.Equal("/message_samples/1", s.SourcePointers[Fields.Sample2]);
        Assert.Equal("/opt_in_keywords", s.SourcePointers[Fields.OptinKeywords]);
        Assert.Equal("/has_embedded_links", s.SourcePointers[Fields.EmbeddedLink]);
        Assert.Equal("/us_app_to_person_usecase", s.SourcePointers[Fields.Usecase]);
        Assert.Equal("/privacy_policy_url", s.SourcePointers[Fields.PrivacyPolicyLink]);
        Assert.Equal("/brand/company_name", s.SourcePointers[Fields.CompanyName]);
        Assert.Equal("/description", s.SourcePointers[Fields.Description]);
    }

    [Fact]
    public void Twilio_fields_may_also_be_wrapped_in_campaign()
    {
        var s = Reader.Read("""{ "brand": { "display_name": "Acme" }, "campaign": { "message_samples": ["Acme: hi", "Acme: bye"], "opt_in_keywords": "START" } }""");
        Assert.Equal(SubmissionShape.Twilio, s.Shape);
        Assert.Equal("Acme: bye", s.Campaign.Sample2);
        Assert.Equal("/campaign/message_samples/1", s.SourcePointers[Fields.Sample2]);
        Assert.Equal("START", s.Campaign.OptinKeywords);
    }

    [Theory]
    [InlineData("\"STOP,END\"", "STOP,END")]
    [InlineData("[\"STOP\", \"END\"]", "STOP,END")]
    [InlineData("[]", "")]
    [InlineData("null", null)]
    public void Keyword_fields_take_strings_or_lists(string value, string? expected)
    {
        var s = Reader.Read($$"""{ "brand": {}, "campaign": { "optoutKeywords": {{value}} } }""");
        Assert.Equal(expected, s.Campaign.OptoutKeywords);
    }

    [Fact]
    public void Field_names_are_matched_without_case_so_common_misspellings_still_read()
    {
        var s = Reader.Read("""{ "brand": { "DisplayName": "Acme" }, "campaign": { "optInMessage": "Acme: hi", "subUsecases": "MARKETING, 2FA" } }""");
        Assert.Equal("Acme", s.Brand.DisplayName);
        Assert.Equal("Acme: hi", s.Campaign.OptinMessage);
        Assert.Equal(["MARKETING", "2FA"], s.Campaign.SubUsecases);
        Assert.Equal("/campaign/optInMessage", s.SourcePointers[Fields.OptinMessage]);
        Assert.Equal(SubmissionShape.Registry, s.Shape);
    }

    [Fact]
    public void Unknown_fields_are_kept_not_fatal()
    {
        var s = Reader.Read("""{ "brand": { "displayName": "Acme", "crmId": 42 }, "campaign": { "usecase": "MARKETING", "internalNote": { "a": [1] } }, "comment": "ignored" }""");
        Assert.Equal(42, s.Brand.Extra["crmId"].GetInt32());
        Assert.Equal(JsonValueKind.Object, s.Campaign.Extra["internalNote"].ValueKind);
        Assert.Equal("MARKETING", s.Campaign.Usecase);
    }

    [Fact]
    public void Unknown_fields_of_a_flat_Twilio_campaign_are_kept_and_the_brand_is_not_one_of_them()
    {
        var s = Reader.Read("""{ "brand": { "display_name": "Acme" }, "sid": "QE123", "account_sid": "AC1", "description": "Acme sends order updates." }""");
        Assert.Equal("QE123", s.Campaign.CampaignId);
        Assert.True(s.Campaign.Extra.ContainsKey("account_sid"));
        Assert.False(s.Campaign.Extra.ContainsKey("brand"));
    }

    [Theory]
    [InlineData("""{ "brand": {}, "campaign": { "embeddedLink": "yes" } }""", "x.json: /campaign/embeddedLink: expected true or false, got \"yes\"")]
    [InlineData("""{ "brand": { "ein": 841234567 }, "campaign": {} }""", "x.json: /brand/ein: expected a string, got 841234567")]
    [InlineData("""{ "brand": {}, "campaign": { "sample1": ["a"] } }""", "x.json: /campaign/sample1: expected a string, got a list")]
    [InlineData("""{ "brand": {}, "campaign": { "optoutKeywords": ["STOP", 5] } }""", "x.json: /campaign/optoutKeywords/1: expected a string, got 5")]
    [InlineData("""{ "brand": {}, "has_embedded_links": "no", "description": "d" }""", "x.json: /has_embedded_links: expected true or false, got \"no\"")]
    [InlineData("""{ "brand": {}, "message_samples": ["ok", {}] }""", "x.json: /message_samples/1: expected a string, got an object")]
    [InlineData("""{ "brand": {}, "message_samples": ["1","2","3","4","5","6"] }""", "x.json: /message_samples: 6 samples; a campaign takes at most 5")]
    [InlineData("""{ "brand": {}, "campaign": { "sample1": "a", "message_samples": ["b"] } }""", "x.json: /campaign/message_samples: samples are given twice (message_samples and sample1…sample5); keep one")]
    [InlineData("""{ "brand": "Acme", "campaign": {} }""", "x.json: /brand: expected an object with the brand's fields, got \"Acme\"")]
    [InlineData("""{ "campaign": {} }""", "x.json: /brand: missing;")]
    [InlineData("""{ "brand": {} }""", "x.json: /: no campaign found")]
    [InlineData("""[ { "brand": {}, "campaign": {} } ]""", "x.json: /: expected one submission object, got a list")]
    [InlineData("""{ "brand": {}, "campaign": { "description": "a", "description": "b" } }""", "x.json: /campaign/description: the field appears twice")]
    [InlineData("""{ "brand": {}, "campaign": { "optinMessage": "a", "opt_in_message": "b" } }""", "x.json: /campaign/opt_in_message: the same field appears twice")]
    public void Wrong_types_name_the_field_in_one_line(string json, string expected)
    {
        var ex = Fails(json);
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Malformed_json_names_line_and_column()
    {
        var ex = Fails("{\n  \"brand\": {},\n  \"campaign\": { \"description\" \"x\" }\n}", "samples/bad.json");
        Assert.Equal(3, ex.Line);
        Assert.Equal(31, ex.Column);
        Assert.StartsWith("samples/bad.json:3:31: invalid JSON: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"brand\": {}, \"campaign\": {},}")]
    [InlineData("not json")]
    public void Truncated_or_empty_input_is_an_input_error(string json) =>
        Assert.StartsWith("x.json:", Fails(json).Message, StringComparison.Ordinal);

    [Fact]
    public void Invalid_utf8_names_where_the_bad_byte_is()
    {
        byte[] bytes = [.. "{\n\"brand\": {\"displayName\": \"Caf"u8, 0xE9, .. "\"}, \"campaign\": {}}"u8];
        var ex = Assert.Throws<InputException>(() => Reader.Read(bytes, "latin1.json"));
        Assert.Equal("latin1.json:2:30: not valid UTF-8 (byte 0xE9); save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_refused()
    {
        var deep = "{\"brand\": {}, \"campaign\": {\"x\": " + new string('[', 70) + new string(']', 70) + "}}";
        Assert.Contains("nested deeper than the limit of 64 levels", Fails(deep).Message, StringComparison.Ordinal);
        var fine = "{\"brand\": {}, \"campaign\": {\"x\": " + new string('[', 50) + new string(']', 50) + "}}";
        Assert.True(Reader.Read(fine).Campaign.Extra.ContainsKey("x"));
    }

    [Fact]
    public void A_50_MB_field_is_refused_quickly()
    {
        var prefix = "{\"brand\": {}, \"campaign\": {\"description\": \""u8.ToArray();
        var bytes = new byte[50 * 1024 * 1024 + prefix.Length + 3];
        prefix.CopyTo(bytes, 0);
        bytes.AsSpan(prefix.Length).Fill((byte)'a');
        "\"}}"u8.CopyTo(bytes.AsSpan(bytes.Length - 3));
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<InputException>(() => Reader.Read(bytes, "huge.json"));
        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
        Assert.StartsWith("huge.json: the file is 50 MB; the limit is 5 MB per submission", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_over_the_limit_stops_being_read()
    {
        using var stream = new MemoryStream(new byte[6 * 1024 * 1024]);
        Assert.Throws<InputException>(() => Reader.Read(stream, "s.json"));
    }

    [Fact]
    public void A_field_over_the_field_limit_is_refused_with_its_pointer()
    {
        var json = "{\"brand\": {}, \"campaign\": {\"description\": \"" + new string('a', 200_000) + "\"}}";
        Assert.StartsWith("x.json: /campaign/description: the value is 200,000 characters long; the limit is 100,000 per field", Fails(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"brand\": {\"displayName\": \"Acme\"}, \"campaign\": {}}"u8];
        Assert.Equal("Acme", Reader.Read(bytes, "bom.json").Submission.Brand.DisplayName);
    }

    [Fact]
    public void Json_lines_give_one_submission_per_line_named_by_line()
    {
        var one = "{\"brand\": {\"displayName\": \"A\"}, \"campaign\": {}}";
        var two = "{\"brand\": {\"display_name\": \"B\"}, \"description\": \"d\"}";
        var docs = Reader.ReadJsonLines(Encoding.UTF8.GetBytes(one + "\r\n\n" + two + "\n"), "p.jsonl");
        Assert.Equal(["p.jsonl:1", "p.jsonl:3"], docs.Select(d => d.Submission.Source));
        Assert.Equal([1, 3], docs.Select(d => d.Line));
        Assert.Equal(SubmissionShape.Twilio, docs[1].Submission.Shape);
    }

    [Fact]
    public void A_bad_json_line_names_its_line_number()
    {
        var good = "{\"brand\": {}, \"campaign\": {}}";
        var ex = Assert.Throws<InputException>(() => Reader.ReadJsonLines(Encoding.UTF8.GetBytes(good + "\n" + good + "\n{\"brand\": {}, \"campaign\" {}}\n"), "p.jsonl"));
        Assert.StartsWith("p.jsonl:3:26: invalid JSON", ex.Message, StringComparison.Ordinal);
        var typed = Assert.Throws<InputException>(() => Reader.ReadJsonLines(Encoding.UTF8.GetBytes(good + "\n{\"brand\": {}, \"campaign\": {\"ageGated\": 1}}"), "p.jsonl"));
        Assert.Equal("p.jsonl:2: /campaign/ageGated: expected true or false, got 1", typed.Message);
        var empty = Assert.Throws<InputException>(() => Reader.ReadJsonLines("\n \n"u8.ToArray(), "e.jsonl"));
        Assert.StartsWith("e.jsonl: no submissions", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_lines_keep_their_order_and_the_first_bad_line_is_reported()
    {
        var lines = Enumerable.Range(1, 2_000).Select(i => $"{{\"brand\": {{\"displayName\": \"Brand {i}\"}}, \"campaign\": {{}}}}").ToArray();
        var docs = Reader.ReadJsonLines(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "big.jsonl");
        Assert.Equal(Enumerable.Range(1, 2_000).Select(i => $"Brand {i}"), docs.Select(d => d.Submission.Brand.DisplayName));
        Assert.Equal(Enumerable.Range(1, 2_000), docs.Select(d => d.Line));

        // Several bad lines, parsed in parallel: the error names the first, as a line-by-line reader would.
        lines[1499] = "{\"brand\": oops}";
        lines[1200] = "{\"brand\": {}, \"campaign\": {\"ageGated\": \"x\"}}";
        lines[1799] = "{\"brand\": []}";
        var ex = Assert.Throws<InputException>(() => Reader.ReadJsonLines(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "big.jsonl"));
        Assert.Equal("big.jsonl:1201: /campaign/ageGated: expected true or false, got \"x\"", ex.Message);
    }

    [Fact]
    public void A_document_locates_its_fields_for_reports()
    {
        var doc = Reader.Read(Sample("compliant-twilio.json"), "tw.json");
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "samples", "compliant-twilio.json"));
        var at = doc.Locate(Fields.Sample2)!;
        Assert.StartsWith("\"Bright Smile Dental: Your appointment", lines[at.Line - 1][(at.Column - 1)..].TrimStart(), StringComparison.Ordinal);
        var flow = doc.Locate(Fields.MessageFlow)!;
        Assert.Contains("\"message_flow\"", lines[flow.Line - 1], StringComparison.Ordinal);
        Assert.Null(doc.Locate("/campaign/nothing"));
    }
}
