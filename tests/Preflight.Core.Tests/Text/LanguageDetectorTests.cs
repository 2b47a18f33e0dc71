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
    public void Gives_the_words_that_decided()
    {
        var g = Detector.Detect("Hola, gracias por su visita. Su cita es el martes a las 10.");
        Assert.Contains("gracias", g.Evidence, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(g.Confidence, 0.5, 1);
    }
}
