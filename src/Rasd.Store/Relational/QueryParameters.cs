using System.Data.Common;

namespace Rasd.Store.Relational;

/// <summary>
/// Collects the values of a statement as numbered parameters. Every value that comes from a user,
/// a query or an article goes through here; SQL text only ever holds the generated names.
/// </summary>
public sealed class QueryParameters
{
    private readonly List<(string Name, object? Value)> _values = [];

    /// <summary>Adds a value and returns the placeholder to put in the SQL.</summary>
    public string Add(object? value)
    {
        var name = $"@p{_values.Count}";
        _values.Add((name, value));
        return name;
    }

    /// <summary>A comma-separated list of placeholders, one per value, for <c>IN (…)</c>.</summary>
    public string AddList<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => Add(v)));

    public void ApplyTo(DbCommand command)
    {
        foreach (var (name, value) in _values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
