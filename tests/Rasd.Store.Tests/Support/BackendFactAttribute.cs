using Xunit.Abstractions;
using Xunit.Sdk;

namespace Rasd.Store.Tests.Support;

/// <summary>Marks a test class that needs the PostgreSQL test server.</summary>
public interface IRequiresPostgres;

/// <summary>
/// A fact that runs for every backend subclass of a contract suite; for a class needing PostgreSQL
/// it is reported as skipped, with the reason, when no server is configured outside CI.
/// </summary>
[XunitTestCaseDiscoverer("Rasd.Store.Tests.Support.BackendFactDiscoverer", "Rasd.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute;

public sealed class BackendFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnostics);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (type is not null && typeof(IRequiresPostgres).IsAssignableFrom(type) && PostgresTestServer.SkipReason is { } reason)
        {
            return [new SkippedTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }
        return _facts.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A test case reported as skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(diagnostics, display, options, testMethod) => _reason = reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReasonText", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReasonText");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
