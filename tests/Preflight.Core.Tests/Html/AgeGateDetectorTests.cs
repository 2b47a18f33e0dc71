using Preflight.Core.Html;

namespace Preflight.Core.Tests.Html;

public sealed class AgeGateDetectorTests
{
    [Theory]
    [InlineData("optin-dob-gate.html", AgeGateKind.DateOfBirth, "#dob-month")]
    [InlineData("optin-dob-date-input.html", AgeGateKind.DateOfBirth, "#birthdate")]
    [InlineData("optin-yesno-gate.html", AgeGateKind.YesNoPrompt, "#age-question")]
    [InlineData("optin-good.html", AgeGateKind.None, null)]
    public void Tells_a_date_of_birth_entry_from_a_yes_no_prompt(string file, AgeGateKind kind, string? selector)
    {
        var gate = AgeGateDetector.Detect(Pages.Parse(file));
        Assert.Equal(kind, gate.Kind);
        Assert.Equal(selector, gate.Selector);
    }

    [Theory]
    [InlineData("<form><label for=d>Birthday</label><input id=d name=field9 placeholder='MM/DD/YYYY'></form>", AgeGateKind.DateOfBirth)]
    [InlineData("<div><p>Enter your date of birth</p><select name=month></select><select name=day></select><select name=year></select></div>", AgeGateKind.DateOfBirth)]
    [InlineData("<form><p>Preferred appointment</p><select name=month></select><select name=day></select><select name=year></select></form>", AgeGateKind.None)]
    [InlineData("<div class=gate><p>You must be 21 or older to enter.</p><a href=/enter>Enter</a></div>", AgeGateKind.YesNoPrompt)]
    [InlineData("<label><input type=checkbox> I am 21 years of age or older</label>", AgeGateKind.YesNoPrompt)]
    public void Reads_real_markup(string html, AgeGateKind kind) =>
        Assert.Equal(kind, AgeGateDetector.Detect(HtmlPage.Parse(html)).Kind);
}
