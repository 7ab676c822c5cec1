namespace Rasd.Pipeline;

/// <summary>
/// One step of the analysis. A stage reads the text and the annotations of earlier stages and adds
/// its own; it never calls another stage.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    void Process(Document document);
}
