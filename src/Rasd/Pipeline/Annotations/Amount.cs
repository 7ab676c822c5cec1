namespace Rasd.Pipeline.Annotations;

/// <summary>A quantity: its value, unit (ISO 4217, percent, times, or a counted noun) and qualifier.</summary>
public sealed record Amount(int Start, int End, double? Value, string Unit, string Qualifier) : ISpan;
