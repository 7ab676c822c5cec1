using Rasd.Store.Abstractions;

namespace Rasd.Store.Tests.Support;

/// <summary>
/// A fresh, empty store location for one test, as a <c>--db</c> value: a SQLite file in a temporary
/// folder, or a PostgreSQL schema of its own. Disposing removes it.
/// </summary>
public abstract class StoreTarget : IDisposable
{
    /// <summary>What <c>--db</c> and <see cref="ArticleStores.Open"/> take.</summary>
    public abstract string Db { get; }

    public IArticleStore Open() => ArticleStores.Open(Db);

    public abstract void Dispose();
}

/// <summary>A SQLite file in its own temporary folder.</summary>
public sealed class SqliteTarget : StoreTarget
{
    private readonly TemporaryFolder _folder = new();

    public override string Db => _folder.File("store.db");

    public override void Dispose() => _folder.Dispose();
}
