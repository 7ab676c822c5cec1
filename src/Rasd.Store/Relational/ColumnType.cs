namespace Rasd.Store.Relational;

/// <summary>The value types the store writes; each backend maps them to its own column and parameter types.</summary>
public enum ColumnType
{
    Text,
    Integer,
    BigInt,
    Double,
    Bytes,
    Json,
    TsVector,

    /// <summary>A list of strings, given as one string with <see cref="TextList.Separator"/> between the values.</summary>
    TextList,
}

/// <summary>How a <see cref="ColumnType.TextList"/> value is written.</summary>
public static class TextList
{
    /// <summary>The ASCII unit separator, which no id, term or month contains.</summary>
    public const char Separator = '\u001F';

    public static string Join(IEnumerable<string> values) => string.Join(Separator, values);
}

/// <summary>A column of a bulk insert.</summary>
public sealed record Column(string Name, ColumnType Type);
