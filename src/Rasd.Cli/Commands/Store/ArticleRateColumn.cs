using Rasd.Store.Ingest;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Rasd.Cli.Commands.Store;

/// <summary>A progress column showing articles read, articles per second, new articles and near-duplicates linked.</summary>
internal sealed class ArticleRateColumn : ProgressColumn
{
    private const string Read = "read";
    private const string Rate = "rate";
    private const string Added = "added";
    private const string NearDuplicates = "near-duplicates";

    /// <summary>Puts the counters where the column finds them; the task state holds only value types.</summary>
    public static void Report(ProgressTask task, IngestProgress progress)
    {
        task.State.Update<double>(Read, _ => progress.Read);
        task.State.Update<double>(Rate, _ => progress.ArticlesPerSecond);
        task.State.Update<double>(Added, _ => progress.Added);
        task.State.Update<double>(NearDuplicates, _ => progress.NearDuplicates);
    }

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) => new Markup(
        $"[bold]{task.State.Get<double>(Read):N0}[/] articles · [green]{task.State.Get<double>(Rate):N1}/s[/] · {task.State.Get<double>(Added):N0} new · {task.State.Get<double>(NearDuplicates):N0} near-duplicates");
}
