namespace Rasd.Store.Relational;

/// <summary>
/// Rows bound for one table in one transaction, written by the backend in bulk (prepared
/// statements on SQLite, one array-parameter INSERT on PostgreSQL). <see cref="ConflictClause"/>
/// is fixed SQL text from this assembly, never input.
/// </summary>
public sealed class TableRows(string table, IReadOnlyList<Column> columns, string conflictClause = "")
{
    public string Table { get; } = table;

    public IReadOnlyList<Column> Columns { get; } = columns;

    public string ConflictClause { get; } = conflictClause;

    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Table}: {values.Length} values for {Columns.Count} columns", nameof(values));
        }
        Rows.Add(values);
    }
}
