using Preflight.Core.Input;

namespace Preflight.Core.Tests.Input;

public sealed class JsonLocatorTests
{
    [Theory]
    [InlineData("/a", 2, 8)]
    [InlineData("/b/1", 3, 14)]
    [InlineData("/c~1d/e", 4, 16)]
    [InlineData("", 1, 1)]
    public void Finds_line_and_column_of_a_pointer(string pointer, int line, int column)
    {
        var json = "{\n  \"a\": 1,\n  \"b\": [\"é\", 0],\n  \"c/d\": {\"e\": true}\n}"u8;
        Assert.Equal(new SourcePosition(line, column), JsonLocator.Find(json, pointer));
    }

    [Fact]
    public void Returns_null_for_a_missing_pointer() => Assert.Null(JsonLocator.Find("{\"a\": 1}"u8, "/b"));
}
