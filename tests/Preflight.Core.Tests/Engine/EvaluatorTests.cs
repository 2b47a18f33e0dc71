using Preflight.Core.Engine;

namespace Preflight.Core.Tests;

public sealed class EvaluatorTests
{
    [Fact]
    public void One_evaluator_judges_a_rule_once_its_input_is_there_and_shares_one_result_while_it_is_not()
    {
        // The evaluator keeps each rule's last "not evaluated" result: a submission with the input is judged, and the
        // ones without it get that one shared result.
        var evaluator = new Evaluator();
        var index = PortfolioIndex.Build([Golden.Submission, Golden.Submission with { Source = "copy.json" }]);

        var alone = evaluator.Evaluate(Golden.Submission);
        var inPortfolio = evaluator.Evaluate(Golden.Submission, portfolio: index.For(0));
        var aloneAgain = evaluator.Evaluate(Golden.Submission);

        var alone711 = alone.Results.Single(r => r.Rule.Code == "711");
        Assert.Equal(Outcome.NotEvaluated, alone711.Outcome);
        Assert.Contains("portfolio", alone711.Note, StringComparison.Ordinal);
        Assert.NotEqual(Outcome.NotEvaluated, inPortfolio.Results.Single(r => r.Rule.Code == "711").Outcome);
        Assert.Same(alone711, aloneAgain.Results.Single(r => r.Rule.Code == "711"));
    }
}
