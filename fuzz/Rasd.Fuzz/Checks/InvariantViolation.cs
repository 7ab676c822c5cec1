namespace Rasd.Fuzz.Checks;

/// <summary>
/// A promise of the code under test that an input broke (a span outside its text, an inconsistent
/// offset map, a problem without a reason). A target throws it so that the fuzzer records the
/// input as a crash, exactly as it records an unexpected exception.
/// </summary>
public sealed class InvariantViolation(string message) : Exception(message);
