namespace Rasd.Fuzz.Targets;

/// <summary>The targets by name, as <c>scripts/fuzz.sh TARGET</c> names them.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
        [new DecoderTarget(), new HtmlTarget(), new JsonLinesTarget(), new TrecTarget(), new PipelineTarget()];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
