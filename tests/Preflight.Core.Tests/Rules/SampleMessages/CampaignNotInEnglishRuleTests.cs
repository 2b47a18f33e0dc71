using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class CampaignNotInEnglishRuleTests
{
    private static readonly CampaignNotInEnglishRule Rule = new();

    public static TheoryData<string> English => new()
    {
        "Bright Smile Dental: Hi José, your cleaning is Tue at 10:30 AM. Reply STOP to opt out.",
        "Bright Smile Dental: Reminder, your visit with Dr. García is mañana at 9. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit on Tuesday is confirmed and we will see you at the front desk. Reply STOP to opt out. Responda STOP para cancelar.",
        "Café Zoë: Your croissant order is ready. Bon appétit! Reply STOP to opt out.",
        "Bright Smile Dental: Hi Anna Nowak, your cleaning is Tue at 10:30 AM. Reply STOP to opt out.",
        "Bright Smile Dental: Hi Mai Xiong, we will see you Tuesday at 10:30 AM. Ua tsaug! Reply STOP to opt out.",
        "Bright Smile Dental: Hi Hodan, your visit is Tuesday at 10:30 AM. Mahadsanid! Reply STOP to opt out.",
        "Bright Smile Dental: Hi Jean-Baptiste, your visit is Tuesday at 10:30 AM. Mèsi! Reply STOP to opt out.",
    };

    public static TheoryData<string> Foreign => new()
    {
        "Bright Smile Dental: Hola, su cita es el martes a las 10:30. Por favor llegue a tiempo. Responda STOP para cancelar.",
        "Bright Smile Dental: Bonjour, votre rendez-vous est mardi à 10h30. Nous vous attendons avec plaisir. Répondez STOP pour arrêter.",
        "Bright Smile Dental: Olá, a sua consulta é na terça às 10h30. Obrigado pela sua preferência e até breve. Responda STOP para sair.",
    };

    [Theory]
    [MemberData(nameof(English))]
    public void Passes_english_with_foreign_names_and_words(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Theory]
    [MemberData(nameof(Foreign))]
    public void Fails_a_sample_in_another_language(string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Single(r.Findings);
        Assert.Contains("not English", r.Findings[0].Message);
    }

    [Theory]
    [InlineData("Bright Smile Dental: Bonjou Marie, randevou ou se madi a 10:30 AM. Tanpri rive bonè. Reponn STOP pou kanpe mesaj yo.", "Haitian Creole")]
    [InlineData("Bright Smile Dental: Salaan Hodan, ballantaada waa Talaado saacadda 10:30 AM. Fadlan soo goor hore. Ku jawaab STOP si aad u joojiso.", "Somali")]
    [InlineData("Bright Smile Dental: Dzień dobry, przypominamy o wizycie we wtorek o godz. 10:30. Odpowiedz STOP, aby nie otrzymywać wiadomości.", "Polish")]
    [InlineData("Bright Smile Dental: Nyob zoo Mai, koj lub sijhawm yog hnub Tuesday thaum 10:30 AM. Teb STOP kom tsis txhob txais xov.", "Hmong")]
    public void Names_the_language_of_a_sample(string sample, string language)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Contains(language, r.Findings[0].Message);
    }

    [Fact]
    public void Fails_a_spanish_description_and_quotes_the_words()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Description = "Bright Smile Dental es una clínica dental familiar en Denver. Los pacientes reciben recordatorios de sus citas y confirmaciones, hasta 4 mensajes por mes.",
        }), Fields.Description);
        Assert.Contains("Spanish", r.Findings[0].Message);
        Assert.Contains("\"", r.Findings[0].Message);
    }

    [Fact]
    public void Fails_a_sample_in_a_non_latin_script() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: 您的预约已确认，时间是星期二上午十点半。回复STOP退订。" }), Fields.Sample2);
}
