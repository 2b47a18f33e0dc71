using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class NegationTests
{
    [Theory]
    [InlineData("We will never share your number with affiliates.", "affiliates", true)]
    [InlineData("This campaign is not used for affiliate marketing.", "affiliate", true)]
    [InlineData("We don’t sell your data.", "sell", true)]
    [InlineData("No lead generation or affiliate marketing.", "affiliate", true)]
    [InlineData("We do not share data. Affiliates may email you.", "Affiliates", false)]
    [InlineData("Don't miss our flash sale!", "flash", false)]
    [InlineData("Never miss a deal: 20% off today.", "deal", false)]
    [InlineData("Don't wait: payday loans approved today.", "payday", false)]
    [InlineData("Not only dental care but also whitening deals.", "whitening", false)]
    [InlineData("Affiliate marketing is our business.", "Affiliate", false)]
    public void Tells_negated_words_from_idioms(string text, string word, bool negated) =>
        Assert.Equal(negated, Negation.IsNegated(text, text.IndexOf(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Existing patients in our patient database are never texted unless they opt in.", "database", true)]
    [InlineData("Numbers in our customer list are not used for texts.", "list", true)]
    [InlineData("Clients on our contact list won't be messaged.", "list", true)]
    [InlineData("People in our records are added only if they consent; unless they opt in, nothing is sent.", "records", false)]
    [InlineData("Patients in our patient database are texted unless they reply STOP.", "database", false)]
    [InlineData("All customers receive texts even if they did not opt in.", "receive", false)]
    [InlineData("We text our customer list. We are never late.", "list", false)]
    public void Tells_a_denial_after_the_words(string text, string word, bool denied)
    {
        var i = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal(denied, Negation.IsDeniedAfter(text, i + word.Length));
    }
}
