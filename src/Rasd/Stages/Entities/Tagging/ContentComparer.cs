namespace Rasd.Stages.Entities.Tagging;

/// <summary>Compares arrays by their elements, so that rows of equal content are shared by key without building a string per array.</summary>
internal sealed class ContentComparer<T> : IEqualityComparer<T[]>
    where T : IEquatable<T>
{
    public static ContentComparer<T> Instance { get; } = new();

    public bool Equals(T[]? x, T[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(T[] values)
    {
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(value);
        }
        return hash.ToHashCode();
    }
}
