using Preflight.Core.Html;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Html;

public sealed class WebsiteSignsTests
{
    [Theory]
    [InlineData("brightsmiledental.com", true)]
    [InlineData("www.bright-smile-dental.com", true)]
    [InlineData("bsdsmiles.com", true)]
    [InlineData("summitroofs.com", false)]
    [InlineData("dentalcare.com", false)]
    public void Host_resembles_brand(string host, bool expected) =>
        Assert.Equal(expected, WebsiteSigns.HostResemblesBrand(host, new BrandNameMatcher("Bright Smile Dental", "Bright Smile Dental Group LLC")));

    [Theory]
    [InlineData("Menu", "Our new fall menu is coming soon! Meanwhile enjoy our classics. " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.")]
    public void A_real_page_announcing_something_coming_soon_is_not_a_placeholder(string title, string text) =>
        Assert.Null(WebsiteSigns.Placeholder(title, text));
}
