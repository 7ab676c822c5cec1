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
}

/// <summary>A column of a bulk insert.</summary>
public sealed record Column(string Name, ColumnType Type);
