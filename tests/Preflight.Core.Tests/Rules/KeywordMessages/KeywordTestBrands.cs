using Preflight.Core.Model;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

/// <summary>Variants of the golden brand whose names carry apostrophes, ampersands and accents.</summary>
internal static class KeywordTestBrands
{
    /// <summary>(display name, legal name, how a reply writes the name).</summary>
    public static TheoryData<string, string, string> Names => new()
    {
        { "O'Brien's Bright Smile Dental", "O'Brien Bright Smile Dental LLC", "O’Brien’s Bright Smile Dental" },
        { "O'Brien's Bright Smile Dental", "O'Brien Bright Smile Dental LLC", "OBriens Bright Smile Dental" },
        { "Bright Smile Dental & Ortho", "Bright Smile Dental and Orthodontics, Inc.", "Bright Smile Dental and Ortho" },
        { "Bright Smile Dental & Ortho", "Bright Smile Dental and Orthodontics, Inc.", "BRIGHT SMILE DENTAL & ORTHO" },
        { "Clínica Bright Smile", "Clinica Bright Smile LLC", "CLINICA BRIGHT SMILE" },
        { "Clínica Bright Smile", "Clinica Bright Smile LLC", "Clínica Bright Smile" },
    };

    /// <summary>The golden submission with another brand name and the campaign changed.</summary>
    public static Submission With(string display, string company, Func<Campaign, Campaign> change) =>
        Golden.WithBrand(b => b with { DisplayName = display, CompanyName = company }) with { Campaign = change(Golden.Campaign) };
}
