using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new(ReferenceData.Default);

    public static TheoryData<string, string> Foreign => new()
    {
        { "Hola Maria, le recordamos su cita el martes a las 10. Responda STOP para cancelar los mensajes.", "es" },
        { "Gracias por su compra. Su pedido está listo para recoger en nuestra tienda.", "es" },
        { "Bonjour, votre rendez-vous est confirmé pour mardi. Répondez STOP pour ne plus recevoir de messages.", "fr" },
        { "Olá, sua consulta está confirmada para terça. Responda SAIR para não receber mais mensagens.", "pt" },
        { "Xin chào, lịch hẹn của bạn đã được xác nhận vào thứ Ba. Trả lời STOP để hủy.", "vi" },
        { "Hallo, Ihr Termin ist am Dienstag. Antworten Sie STOP, wenn Sie keine Nachrichten mehr erhalten möchten.", "de" },
        { "Ciao, grazie per la tua visita. Il tuo appuntamento è confermato per martedì.", "it" },
        { "Kumusta! Salamat sa pagbisita. Ang iyong appointment ay sa Martes.", "tl" },
        { "您的预约已确认，请准时到达。回复STOP退订。", "zh" },
        { "Ваша запись подтверждена на вторник. Ответьте STOP для отписки.", "ru" },
        { "예약이 화요일로 확정되었습니다. 수신 거부는 STOP.", "ko" },
        { "Bonjou, sa se yon rapèl pou randevou ou demen a 9:00 AM. Tanpri rele nou si ou bezwen chanje lè a. Reponn STOP pou kanpe mesaj yo.", "ht" },
        { "Ou p ap resevwa mesaj nou yo ankò. Mèsi!", "ht" },
        { "Fadlan xasuuso ballantaada berri saacadda 2:00 PM. Haddii aad rabto inaad beddesho, wac xafiiska. Ku jawaab STOP si aad u joojiso fariimaha.", "so" },
        { "Mahadsanid! Dalabkaaga waa diyaar oo waxaad ka qaadan kartaa dukaanka maanta iyo berri.", "so" },
        { "Dzień dobry, przypominamy o wizycie jutro o godz. 14:00. Prosimy o potwierdzenie. Odpowiedz STOP, aby nie otrzymywać wiadomości.", "pl" },
        { "Dziękujemy za zakupy! Twoje zamówienie jest gotowe do odbioru w naszym sklepie.", "pl" },
        { "Nyob zoo, koj muaj sijhawm ntsib kws kho mob tag kis thaum 10:00 AM. Thov hu rau peb yog koj xav hloov. Teb STOP kom tsis txhob txais xov.", "hmn" },
        { "Ua tsaug! Koj cov khoom npaj txhij lawm, tuaj khaws tau hauv peb lub khw.", "hmn" },
    };

    public static TheoryData<string> English => new()
    {
        "Casa Bonita Taqueria: Your order is ready for pickup. Reply STOP to opt out.",
        "Gracias from the team at Bright Smile Dental! See you next time. Reply STOP to opt out.",
        "Thanks for visiting Casa de la Rosa in Los Angeles. Reply STOP to opt out.",
        "La Quinta Dental: reminder for Tue at 10 AM. Reply STOP to cancel.",
        "Del Taco Catering: your order for El Paso is confirmed. Reply STOP to opt out.",
        "Pho Viet: your table for 4 is ready. Reply STOP to opt out.",
        "Luxe Hair Studio: up to 6 msgs/mo. Msg&data rates may apply. Visit luxehairstudio.com/com-os-das.",
        "Chicago, IL 60611 - Los Angeles, CA - Las Vegas, NV. Our offices are open.",
        "Café Zoë: Your catering order is confirmed.",
        "Nowak Dental: Hi Anna, your cleaning is on Tue at 9 AM. Reply STOP to opt out.",
        "Hi, this is Dr. Jakub Wiśniewski's office confirming your visit on Friday. Reply STOP to cancel.",
        "Pierogi Palace in Chicago: Dziękujemy! Your order is ready. Reply STOP to opt out.",
        "Tak Sushi at Jak Plaza: your order is ready for pickup. Reply STOP to opt out.",
        "Port-au-Prince Bakery: your pâté kòde order is ready for pickup. Reply STOP to opt out.",
        "Little Haiti Kitchen, Miami: Bonjou! Your griot plate is ready. Reply STOP to opt out.",
        "Hmong Village Cafe: Koua Vang, your table for 2 is ready. Reply STOP to opt out.",
        "Lub Dub Cardiology: Pa Lee Yang, your echo is on Monday at 8 AM. Reply STOP to opt out.",
        "Mogadishu Market: your order is ready for pickup. Reply STOP to opt out.",
        "Hi Ayaan, this is Cedar Pharmacy: your refill is ready. Reply STOP to opt out.",
        "OK",
        "",
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void Detects_text_in_another_language(string text, string language)
    {
        var g = Detector.Detect(text);
        Assert.False(g.IsEnglish, $"{language} text read as English");
        Assert.Equal(language, g.Language);
    }

    [Theory]
    [MemberData(nameof(English))]
    public void Keeps_english_with_foreign_brand_and_place_names_english(string text)
    {
        var g = Detector.Detect(text);
        Assert.True(g.IsEnglish, $"read as {g.Language}: {g.Evidence}");
    }

    [Theory]
    [InlineData("Acme Dental: your appointment is tomorrow at 10 AM. Reply STOP to opt out. Acme Dental: su cita es mañana a las 10 AM. Responda STOP para cancelar.", "es")]
    [InlineData("Your order is ready for pickup at our store. Votre commande est prête, merci de venir la chercher avec votre reçu.", "fr")]
    [InlineData("Your appointment is confirmed for Tuesday at 3 PM. 您的预约已确认", "zh")]
    public void Reports_the_foreign_language_of_bilingual_text(string text, string language)
    {
        var g = Detector.Detect(text);
        Assert.False(g.IsEnglish);
        Assert.True(g.IsBilingual);
        Assert.Equal(language, g.Language);
    }

    [Fact]
    public void Lists_no_more_languages_than_the_masks_hold()
    {
        var codes = ReferenceData.Default.List("function-words")
            .Where(l => l.IndexOf(':', StringComparison.Ordinal) > 0)
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim())
            .Where(c => c != "en")
            .ToList();
        Assert.Contains("hmn", codes);
        Assert.InRange(codes.Count, 1, 30);
    }

    [Fact]
    public void Gives_the_words_that_decided()
    {
        var g = Detector.Detect("Hola, gracias por su visita. Su cita es el martes a las 10.");
        Assert.Contains("gracias", g.Evidence, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(g.Confidence, 0.5, 1);
    }

    // Foreign function words of one or two letters only: the one-pass reading must hand these to the full reading too.
    [Theory]
    [InlineData("Se le ve en la foto y es de la tienda.", "es")]
    [InlineData("Il y a de la place, je le sais et je ne le dis pas.", "fr")]
    public void Reads_short_function_words_as_foreign(string text, string language)
    {
        var g = Detector.Detect(text);
        Assert.False(g.IsEnglish);
        Assert.Equal(language, g.Language);
    }

    /// <summary>
    /// Reading English text in one pass that keeps no words, and looking words up in the packed table, give what the
    /// full reading gives (every word kept, sentences counted, every word looked up in the dictionaries): over every
    /// string literal of the tests and samples, in four variants, the guesses are equal in every property.
    /// </summary>
    [Fact]
    public void The_shortcuts_guess_what_the_full_reading_guesses()
    {
        Corpus.CompareAll(text =>
        {
            var expected = Detector.DetectFully(text);
            var actual = Detector.Detect(text);
            Assert.True(expected == actual, $"on \"{text}\": expected {expected}, got {actual}");
            return !expected.IsEnglish;
        }, minFound: 100);
    }

    /// <summary>
    /// The plain-word scanner hands every word it does not count itself to the general reading: words run on into
    /// another letter or a curly apostrophe, an apostrophe before a letter beyond ASCII, words too long to pack, words
    /// inside web and e-mail addresses, foreign function words in capitals, characters beyond ASCII between words.
    /// Each of these texts, and each run on from a letter and with no-break spaces, is guessed as the full reading
    /// guesses it.
    /// </summary>
    [Theory]
    [InlineData("Reply STOP to end. Gracias por su compra, d'accord y l'hôtel para los clientes.")]
    [InlineData("Your café's order is ready; we don’t send more than 4 messages. l’eau para los")]
    [InlineData("Questions? Email para@los-clientes.com or visit https://acme.com/para/los/clientes?con=una para la")]
    [InlineData("Internationalization and telecommunications notifications, responsibilities: por favor.")]
    [InlineData("EL LA DE LOS Las Vegas, Casa de la Rosa y Del Taco, IL LA DE")]
    [InlineData("Hi 👋 from our team – “thanks” for joining; reply HELP for help… el, la, los, con, una")]
    [InlineData("x'y 'quoted' words' end' o'clock rock'n'roll ab'c'd para'los")]
    [InlineData("mañana estamos aquí también")]
    [InlineData("acme.com acme.com/para www.los.com para.los http://la.es/el el")]
    [InlineData("Reply STOP")]
    [InlineData("   ")]
    [InlineData("12345 !!! ...")]
    public void The_plain_word_scanner_leaves_every_other_word_to_the_general_reading(string text)
    {
        foreach (var t in new[] { text, "x" + text, text.Replace(' ', '\u00A0'), text.ToUpperInvariant() })
        {
            var expected = Detector.DetectFully(t);
            var actual = Detector.Detect(t);
            Assert.True(expected == actual, $"on \"{t}\": expected {expected}, got {actual}");
        }
    }

    /// <summary>
    /// The packed table gives every word the mask the dictionaries give it: every function word as listed, in capitals
    /// and capitalised, and every word of the corpus.
    /// </summary>
    [Fact]
    public void The_packed_table_gives_every_word_the_dictionaries_mask()
    {
        var listed = ReferenceData.Default.List("function-words")
            .Where(l => l.IndexOf(':', StringComparison.Ordinal) > 0)
            .SelectMany(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), char.ToUpperInvariant(w[0]) + w[1..], w.Replace('\'', '’'), w + "s", w[..^1] })
            .ToList();
        foreach (var word in listed)
        {
            var (packed, full) = Detector.MasksOf(word);
            Assert.True(packed == full, $"\"{word}\": packed {packed:x}, dictionaries {full:x}");
        }
        Corpus.CompareAll(text =>
        {
            var any = false;
            foreach (var word in System.Text.RegularExpressions.Regex.Matches(text, @"\p{L}+(?:['’]\p{L}+)?").Select(m => m.Value))
            {
                var (packed, full) = Detector.MasksOf(word);
                Assert.True(packed == full, $"\"{word}\" in \"{text}\": packed {packed:x}, dictionaries {full:x}");
                any |= full != 0;
            }
            return any;
        }, minFound: 5000);
    }
}
