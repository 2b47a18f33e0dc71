using Preflight.Core.Model;

namespace Preflight.Core.Tests.Input;

public sealed class CampaignUseCaseTests
{
    // HasUseCase reads the fields in place; AllUseCases trims and upper-cases copies. Both must agree everywhere,
    // including lower case, white space, non-ASCII letters that upper-case to ASCII and empty fields.
    public static TheoryData<string?, string[], string> Cases() => new()
    {
        { "MARKETING", [], UseCases.Marketing },
        { " marketing\t", [], UseCases.Marketing },
        { "Marketing", [], UseCases.AccountNotification },
        { "MIXED", ["customer_care", "  MARKETING "], UseCases.Marketing },
        { "MIXED", ["CUSTOMER_CARE", ""], UseCases.Marketing },
        { "MIXED", [" ", "account_notification"], UseCases.AccountNotification },
        { null, ["marketing"], UseCases.Marketing },
        { "", [], UseCases.Marketing },
        { "   ", [], "" },
        { "MARKETINGS", [], UseCases.Marketing },
        { "MARKET", [], UseCases.Marketing },
        { "mar\u0138eting", [], UseCases.Marketing }, // kra: no ASCII upper case
        { "marketıng", [], UseCases.Marketing }, // dotless i upper-cases to I
        { "maſketing", [], UseCases.Marketing }, // long s upper-cases to S
        { "K12_EDUCATION", [], UseCases.K12Education },
        { "\u212A12_education", [], UseCases.K12Education }, // Kelvin sign
        { "MARKETING", [], "marketing" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void HasUseCase_answers_as_AllUseCases_does(string? main, string[] subs, string asked)
    {
        var campaign = new Campaign { Usecase = main, SubUsecases = subs };
        Assert.Equal(campaign.AllUseCases.Contains(asked, StringComparer.Ordinal), campaign.HasUseCase(asked));
    }

    [Fact]
    public void Lower_case_and_padding_still_name_the_use_case()
    {
        Assert.True(new Campaign { Usecase = " marketing " }.HasUseCase(UseCases.Marketing));
        Assert.True(new Campaign { Usecase = "MIXED", SubUsecases = ["Account_Notification"] }.HasUseCase(UseCases.AccountNotification));
        Assert.False(new Campaign { Usecase = "MIXED", SubUsecases = ["ACCOUNT_NOTIFICATION"] }.HasUseCase(UseCases.Marketing));
    }
}
