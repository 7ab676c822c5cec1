using Rasd.Web.Benchmark;
using Rasd.Web.Tests.Support;

namespace Rasd.Web.Tests.Benchmark;

/// <summary>The bounded load client over the test server: both endpoints loaded, no errors, percentiles in order.</summary>
public sealed class LoadClientTests(SqliteWebFixture fixture) : IClassFixture<SqliteWebFixture>
{
    [Fact]
    public async Task A_short_run_loads_both_endpoints_without_errors()
    {
        var report = await new LoadClient(fixture.Client).Run(new LoadOptions { Clients = 3, Duration = TimeSpan.FromSeconds(1) });
        Assert.Equal(3, report.Clients);
        Assert.Equal(6, report.ArticlesSampled);
        Assert.Equal([LoadClient.ArticleEndpoint, LoadClient.SearchEndpoint], report.Endpoints.Select(e => e.Endpoint));
        Assert.Equal(0, report.Errors);
        Assert.All(report.Endpoints, e =>
        {
            Assert.True(e.Requests > 0);
            Assert.True(e.P50 <= e.P95 && e.P95 <= e.P99 && e.P99 <= e.Max);
        });
    }

    [Fact]
    public async Task A_run_with_a_warm_up_measures_its_own_time_without_errors()
    {
        var report = await new LoadClient(fixture.Client).Run(new LoadOptions { Clients = 2, Duration = TimeSpan.FromMilliseconds(300), Warmup = TimeSpan.FromMilliseconds(600) });
        Assert.Equal(0, report.Errors);
        Assert.True(report.Elapsed >= TimeSpan.FromMilliseconds(300));
        Assert.All(report.Endpoints, e => Assert.True(e.Requests > 0));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(5, LoadClient.EndpointFigures.Percentile(sorted, 0.50));
        Assert.Equal(10, LoadClient.EndpointFigures.Percentile(sorted, 0.99));
        Assert.Equal(1, LoadClient.EndpointFigures.Percentile(sorted, 0.01));
        Assert.Equal(0, LoadClient.EndpointFigures.Percentile([], 0.5));
    }
}
