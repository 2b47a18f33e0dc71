using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class FoldTests
{
    [Theory]
    [InlineData("Café Zoë", "cafe zoe")]
    [InlineData("CRÈME BRÛLÉE", "creme brulee")]
    [InlineData("Søren Ørsted", "soren orsted")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Phở Việt Đà Nẵng", "pho viet da nang")]
    [InlineData("Ștefan Țăran", "stefan taran")]
    [InlineData("naïve façade", "naive facade")]
    [InlineData("Acme 123", "acme 123")]
    public void Folds_accents_to_base_letters(string text, string expected) => Assert.Equal(expected, Fold.Text(text));

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Æsop Œuvre", "aesop oeuvre")]
    public void Spells_out_ligatures_in_keys(string text, string expected) => Assert.Equal(expected, Fold.Key(text));

    [Fact]
    public void Keeps_the_length_of_the_text() => Assert.Equal("Straße".Length, Fold.Text("Straße").Length);
}
