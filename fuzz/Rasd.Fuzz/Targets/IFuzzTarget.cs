namespace Rasd.Fuzz.Targets;

/// <summary>
/// One entry point fuzzed with arbitrary bytes. <see cref="Run"/> returns when the code under test
/// kept its promises (a refusal returned as a value counts), and throws otherwise: an unexpected
/// exception escapes as it is, a broken promise as an <see cref="Checks.InvariantViolation"/>.
/// </summary>
public interface IFuzzTarget
{
    string Name { get; }

    string Description { get; }

    void Run(byte[] input);
}
