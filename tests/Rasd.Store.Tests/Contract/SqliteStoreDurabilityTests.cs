using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>Durability on SQLite files.</summary>
public sealed class SqliteStoreDurabilityTests : StoreDurabilityTests
{
    protected override StoreTarget CreateTarget() => new SqliteTarget();
}
