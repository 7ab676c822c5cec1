using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>Durability on PostgreSQL, each test in a schema of its own.</summary>
public sealed class PostgresStoreDurabilityTests : StoreDurabilityTests, IRequiresPostgres
{
    protected override StoreTarget CreateTarget() => new PostgresTarget();
}
