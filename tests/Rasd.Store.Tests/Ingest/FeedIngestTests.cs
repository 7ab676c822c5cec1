using System.Net;
using System.Net.Sockets;
using System.Text;
using Rasd.Store.Ingest;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Ingest;

/// <summary>Feeds are read from files and from a loopback HTTP server; items become articles dated by the feed.</summary>
public sealed class FeedIngestTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>وكالة الاختبار</title><link>http://127.0.0.1/</link><description>test</description>
        <item><title>بوتين يستقبل توكاييف في موسكو</title><link>http://127.0.0.1/news/1</link>
          <description>&lt;p&gt;استقبل الرئيس الروسي فلاديمير بوتين نظيره الكازاخستاني قاسم جومارت توكاييف في الكرملين.&lt;/p&gt;&lt;p&gt;وبحث الرئيسان التعاون في مجال الطاقة.&lt;/p&gt;</description>
          <pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate></item>
        <item><title></title><description></description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:test</id><updated>2024-05-01T00:00:00Z</updated>
        <entry><title>قيرغيزستان تعزز التجارة مع الصين</title><id>urn:test:1</id><link href="http://127.0.0.1/a/1"/>
          <updated>2024-05-01T08:00:00Z</updated><published>2024-05-01T08:00:00Z</published>
          <content type="html">&lt;p&gt;أعلنت قيرغيزستان عن خطة لزيادة التبادل التجاري مع الصين.&lt;/p&gt;</content></entry>
        </feed>
        """;

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void RssFileItemsAreStoredWithTheFeedDate()
    {
        var feed = _folder.File("feed.xml");
        File.WriteAllText(feed, Rss, new UTF8Encoding(false));
        using var target = new SqliteTarget();
        using var store = target.Open();

        var summary = Ingestion.Ingest(store, feed);

        Assert.Equal(1, summary.Added);
        Assert.Equal(1, summary.Refused);
        Assert.Contains("item 2", Assert.Single(summary.Problems), StringComparison.Ordinal);
        var article = Assert.Single(store.ExportArticles());
        Assert.Equal("2024-04-02", article.Published);
        Assert.Equal("بوتين يستقبل توكاييف في موسكو", article.Title);
        Assert.Equal("http://127.0.0.1/news/1", article.File);
        Assert.Contains(store.Entities(null, 50), e => e.Id == "person:vladimir-putin");
    }

    [Fact]
    public async Task AtomFeedIsFetchedOverHttp()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = Task.Run(() =>
        {
            var context = listener.GetContext();
            var body = Encoding.UTF8.GetBytes(Atom);
            context.Response.ContentType = "application/atom+xml; charset=utf-8";
            context.Response.OutputStream.Write(body);
            context.Response.Close();
        });
        using var target = new SqliteTarget();
        using var store = target.Open();

        var summary = Ingestion.Ingest(store, $"http://127.0.0.1:{port}/feed");

        await served.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, summary.Added);
        var article = Assert.Single(store.ExportArticles());
        Assert.Equal("2024-05-01", article.Published);
        Assert.Equal("http://127.0.0.1/a/1", article.File);
    }

    [Fact]
    public void UnreachableFeedIsRefusedWithTheReason()
    {
        using var target = new SqliteTarget();
        using var store = target.Open();

        var summary = Ingestion.Ingest(store, $"http://127.0.0.1:{FreePort()}/missing");

        Assert.Equal(0, summary.Added);
        Assert.Contains("cannot be fetched", Assert.Single(summary.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void FeedsAreRecognizedByTheirRoot()
    {
        Assert.True(FeedArticles.Accepts(Rss));
        Assert.True(FeedArticles.Accepts(Atom));
        Assert.False(FeedArticles.Accepts("<html><body>rss</body></html>"));
        Assert.False(FeedArticles.Accepts("نص عادي يذكر <rss>"));
    }

    public void Dispose() => _folder.Dispose();

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
