using Rasd.Input;

namespace Rasd.Tests.Fuzz;

/// <summary>The defects fuzzing found, each pinned by its input (Fuzz/Inputs) and by what the fix promises.</summary>
public sealed class FuzzRegressionTests
{
    private static string Input(string name) => Path.Combine(TestPaths.Repository, "tests", "Rasd.Tests", "Fuzz", "Inputs", name);

    // Found by the pipeline target: System.Text.Json quotes the rest of a bad literal (a line
    // starting t, f or n) in its message, raw, so the problem printed for that line carried the
    // input's carriage returns and terminal escape sequences to the user's terminal.
    [Fact]
    public void A_bad_json_line_quoting_control_characters_is_reported_on_one_line_without_them()
    {
        var items = new ArticleReader().Read(Input("jsonl-terminal-escape-in-a-bad-literal.jsonl")).ToList();
        Assert.Equal(4, items.Count);
        Assert.NotNull(items[0].Article);
        Assert.NotNull(items[3].Article);
        var escape = items[1].Problem!;
        Assert.EndsWith(".jsonl:2", escape.Location);
        Assert.Contains("tr\\x1B[2Jue", escape.Reason);
        var carriageReturn = items[2].Problem!;
        Assert.Contains("nu\\rll", carriageReturn.Reason);
        Assert.All(items.Where(i => i.Problem is not null), i => Assert.DoesNotContain(i.Problem!.Message, char.IsControl));
    }

    [Fact]
    public void The_fuzzed_input_with_a_carriage_return_gives_problems_without_control_characters()
    {
        var problems = new ArticleReader().Read(Input("jsonl-carriage-return-in-a-bad-literal.jsonl")).Select(i => i.Problem).OfType<InputProblem>().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.DoesNotContain(p.Message, char.IsControl));
    }

    [Theory]
    [InlineData("a\nb.txt", "bad\r", "a\\nb.txt: bad\\r")]
    [InlineData("x.jsonl:3", "tab\there \u001b[0m \u009b", "x.jsonl:3: tab\\there \\x1B[0m \\x9B")]
    [InlineData("ملف.txt", "سبب عربي مع «علامات»", "ملف.txt: سبب عربي مع «علامات»")]
    public void A_problem_shows_control_characters_as_escapes(string location, string reason, string message) =>
        Assert.Equal(message, new InputProblem(location, reason).Message);
}
