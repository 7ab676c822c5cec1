using System.Data.Common;

namespace Rasd.Store.Relational;

/// <summary>Small helpers over ADO.NET that read the same .NET types from both providers.</summary>
internal static class DbExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, QueryParameters? parameters = null, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        parameters?.ApplyTo(command);
        return command;
    }

    public static int Execute(this DbConnection connection, string sql, QueryParameters? parameters = null, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, parameters, transaction);
        return command.ExecuteNonQuery();
    }

    public static long ScalarLong(this DbConnection connection, string sql, QueryParameters? parameters = null, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, parameters, transaction);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<T> Query<T>(this DbConnection connection, string sql, QueryParameters? parameters, Func<DbDataReader, T> map, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, parameters, transaction);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static int Int(this DbDataReader reader, int ordinal) => checked((int)reader.Long(ordinal));

    public static double? Double(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
