namespace Rasd.Store.Search;

/// <summary>A query that cannot be run, with a message meant for the person who typed it.</summary>
public sealed class QueryException(string message) : Exception(message);
