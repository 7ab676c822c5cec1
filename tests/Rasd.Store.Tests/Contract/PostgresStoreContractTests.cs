using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>The store contract on PostgreSQL, each test in a schema of its own.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests, IRequiresPostgres
{
    protected override StoreTarget CreateTarget() => new PostgresTarget();
}
