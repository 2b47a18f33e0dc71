using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class OptInMethodsTests
{
    [Theory]
    [InlineData("Patients opt in on our online booking form at https://acme.com/book.", OptInMethod.Website)]
    [InlineData("Customers text JOIN to (312) 555-0187 to subscribe.", OptInMethod.Keyword)]
    [InlineData("Customers opt in verbally when they call to book.", OptInMethod.Verbal)]
    [InlineData("Clients sign our paper intake form at the front desk.", OptInMethod.PaperForm)]
    [InlineData("Users enable texts in our mobile app settings.", OptInMethod.MobileApp)]
    [InlineData("Scan the QR code on the poster to sign up.", OptInMethod.QrCode)]
    [InlineData("Shoppers opt in at the register on our POS terminal.", OptInMethod.PointOfSale)]
    [InlineData("Subscribers tap the link in our e-mail newsletter to join.", OptInMethod.Email)]
    [InlineData("Members follow the email sign-up link we send after purchase.", OptInMethod.Email)]
    public void Finds_the_opt_in_method(string text, OptInMethod method) =>
        Assert.True(OptInMethods.Detect(text).HasFlag(method), $"{method} not found in: {text}");

    [Fact]
    public void Finds_several_methods_in_one_flow()
    {
        var m = OptInMethods.Detect("Customers opt in on our website at https://acme.com/sms or by texting JOIN to 55555.");
        Assert.True(m.HasFlag(OptInMethod.Website));
        Assert.True(m.HasFlag(OptInMethod.Keyword));
    }

    [Theory]
    [InlineData("Guests opt in at our host stand on a paper sign-up form.")]
    [InlineData("Parents fill in the printed registration card or the hard-copy booking form.")]
    [InlineData("Members complete the written opt-in form at the gym desk.")]
    public void Does_not_read_a_form_on_paper_as_a_web_form(string text) =>
        Assert.False(OptInMethods.Detect(text).HasFlag(OptInMethod.Website), text);

    [Theory]
    [InlineData("Customers opt in on our sign-up form at https://acme.com/join.")]
    [InlineData("Guests opt in on our booking form.")]
    [InlineData("Clients use the paper sign-up form at the desk or our sign-up page online.")]
    [InlineData("Fill in the paper card, or the contact form at https://acme.com/contact.")]
    public void Still_reads_sign_up_and_booking_forms_as_web_forms(string text) =>
        Assert.True(OptInMethods.Detect(text).HasFlag(OptInMethod.Website), text);

    [Theory]
    [InlineData("We do not collect consent over the phone.")]
    [InlineData("Thanks for your order.")]
    public void Finds_no_verbal_opt_in_when_there_is_none(string text) =>
        Assert.False(OptInMethods.Detect(text).HasFlag(OptInMethod.Verbal));

    [Theory]
    [InlineData("Customers opt in by checking a box.", true)]
    [InlineData("Users agree to receive texts.", true)]
    [InlineData("Your order shipped today.", false)]
    public void Finds_consent_language(string text, bool found) =>
        Assert.Equal(found, OptInMethods.FindConsentLanguage(text) is not null);
}
