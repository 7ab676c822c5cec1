using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class ConllEvaluatorTests
{
    [Fact]
    public void CountsAnEntityOnlyWhenTypeAndBothBoundariesMatch()
    {
        var evaluator = new ConllEvaluator();
        //                 0        1        2      3        4
        string[] gold = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"];
        string[] found = ["B-PER", "O", "O", "B-LOC", "B-LOC"];

        evaluator.Add(gold, found);
        var scores = evaluator.Scores();

        var person = scores.ByType.Single(s => s.Type == "PER");
        Assert.Equal((0, 1, 1), (person.Correct, person.Predicted, person.Gold));
        var location = scores.ByType.Single(s => s.Type == "LOC");
        Assert.Equal((1, 2, 1), (location.Correct, location.Predicted, location.Gold));
        var organization = scores.ByType.Single(s => s.Type == "ORG");
        Assert.Equal((0, 0, 1), (organization.Correct, organization.Predicted, organization.Gold));
        Assert.Equal((1, 3, 3), (scores.Micro.Correct, scores.Micro.Predicted, scores.Micro.Gold));
        Assert.Equal(1.0 / 3, scores.Micro.Precision, 6);
        Assert.Equal(1.0 / 3, scores.Micro.F1, 6);
    }

    [Fact]
    public void ReadsAnInsideTagAfterOutsideAsTheStartOfANewEntity()
    {
        Assert.Equal(
            [new EntitySpan("PER", 1, 3), new EntitySpan("LOC", 3, 4), new EntitySpan("LOC", 4, 5)],
            BioTags.Spans(["O", "I-PER", "I-PER", "I-LOC", "B-LOC"]));
    }

    [Fact]
    public void ScoresAPerfectTaggingAsOne()
    {
        var evaluator = new ConllEvaluator();
        evaluator.Add(["B-ORG", "I-ORG", "O"], ["B-ORG", "I-ORG", "O"]);
        evaluator.Add(["O"], ["O"]);

        var scores = evaluator.Scores();

        Assert.Equal(1.0, scores.Micro.F1);
        Assert.Equal((2, 4), (scores.Sentences, scores.Tokens));
    }

    [Fact]
    public void TableListsEachTypeAndTheMicroAverage()
    {
        var evaluator = new ConllEvaluator();
        evaluator.Add(["B-PER", "O", "B-LOC"], ["B-PER", "O", "O"]);

        var table = evaluator.Scores().ToTable();

        Assert.Contains("PER", table, StringComparison.Ordinal);
        Assert.Contains("LOC", table, StringComparison.Ordinal);
        Assert.Contains("micro", table, StringComparison.Ordinal);
    }
}
