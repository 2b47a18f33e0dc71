using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class EmojiTests
{
    public static TheoryData<string, string> Found => new()
    {
        { "We love you ♥️ see you soon", "♥️" },
        { "Great job 👍🏽!", "👍🏽" },
        { "Happy 4th 🇺🇸", "🇺🇸" },
        { "Press 1️⃣ to confirm", "1️⃣" },
        { "Hi 😀", "😀" },
        { "Family 👨‍👩‍👧 plan", "👨‍👩‍👧" },
        { "Party 🎉", "🎉" },
        { "Done ✅", "✅" },
        { "Love ❤ it", "❤" },
        { "Sunny ☀️ day", "☀️" },
        { "Big ⭐ deal", "⭐" },
        { "Fly ✈ now", "✈" },
        { "Rare 🥹 face", "🥹" },
        { "Copyright ©️ emoji form", "©️" },
    };

    public static TheoryData<string> NotEmoji => new()
    {
        "Acme™ is a trademark.",
        "© 2026 Acme Inc.",
        "Acme® products",
        "✓ Confirmed",
        "★★★★★ reviews",
        "Music ♪ all night",
        "Temperature 72°F",
        "Price: €20 / £18 / ¥100",
        "Café Zoë — naïve façade",
        "Go → next page",
        "Press 1 to confirm, #2 for more",
        "Привет мир",
        "你好",
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_emoji_and_takes_the_whole_sequence(string text, string emoji)
    {
        var m = Emoji.FindFirst(text);
        Assert.NotNull(m);
        Assert.Equal(emoji, m.Value);
    }

    [Theory]
    [MemberData(nameof(NotEmoji))]
    public void Ignores_symbols_that_are_not_emoji(string text) => Assert.Null(Emoji.FindFirst(text));

    [Fact]
    public void Finds_every_emoji_in_order()
    {
        var all = Emoji.Find("Hi 😀 and 🇺🇸🇨🇦 and 1️⃣");
        Assert.Equal(["😀", "🇺🇸", "🇨🇦", "1️⃣"], all.Select(m => m.Value).ToArray());
    }
}
