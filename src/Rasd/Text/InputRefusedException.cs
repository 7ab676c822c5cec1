namespace Rasd.Text;

/// <summary>An input that cannot be analyzed, with a one-line reason fit to show a user.</summary>
public sealed class InputRefusedException(string source, string reason) : Exception($"{source}: {reason}")
{
    public string InputName { get; } = source;

    public string Reason { get; } = reason;
}
