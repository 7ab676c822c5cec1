using Rasd.Input;

namespace Rasd.Pipeline;

/// <summary>An analyzed document, or the problem that stopped its analysis (and whether that was its time budget running out).</summary>
public sealed record AnalysisOutcome(Document? Document, InputProblem? Problem, bool TimedOut = false);
