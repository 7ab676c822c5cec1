using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>The store contract on SQLite files.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override StoreTarget CreateTarget() => new SqliteTarget();
}
