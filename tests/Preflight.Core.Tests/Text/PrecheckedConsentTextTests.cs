using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class PrecheckedConsentTextTests
{
    [Theory]
    [InlineData("The SMS box is pre-checked for convenience.", "pre-checked")]
    [InlineData("The SMS consent box is prechecked.", "prechecked")]
    [InlineData("The text alerts toggle is on by default.", "on by default")]
    [InlineData("The opt-in checkbox comes already ticked.", "comes already ticked")]
    public void Finds_a_box_said_to_start_checked(string text, string expected) =>
        Assert.Equal(expected, CallToActionText.FindPrecheckedConsent(text)?.Value);

    [Theory]
    [InlineData("An optional SMS checkbox, unchecked by default, sits under the phone field.")]
    [InlineData("The box is unticked and unselected until the customer taps it.")]
    [InlineData("The SMS checkbox is not checked by default.")]
    [InlineData("Guests who already checked in get a room-ready text.")]
    public void Passes_a_box_that_starts_unchecked(string text) =>
        Assert.Null(CallToActionText.FindPrecheckedConsent(text));

    /// <summary>
    /// Skipping texts whose state words all sit inside another word ("unchecked") only skips texts the full search
    /// finds nothing in: over every string literal of the tests and samples, in four variants, the answers are equal.
    /// </summary>
    [Fact]
    public void Looking_where_the_state_words_stand_finds_what_the_full_search_finds()
    {
        Corpus.CompareAll(text =>
        {
            var expected = CallToActionText.FindPrecheckedConsentUnfiltered(text);
            var actual = CallToActionText.FindPrecheckedConsent(text);
            Assert.True(expected == actual, $"on \"{text}\": expected {expected?.Value ?? "nothing"}, got {actual?.Value ?? "nothing"}");
            return expected is not null;
        }, minFound: 40);
    }
}
