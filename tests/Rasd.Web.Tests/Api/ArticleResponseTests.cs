using System.Text.Json;
using Rasd.Store.Abstractions;
using Rasd.Web.Api;

namespace Rasd.Web.Tests.Api;

/// <summary>The article answer written with the record copied verbatim says the same as the serialized response type.</summary>
public sealed class ArticleResponseTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("b1", 0.87)]
    public void Writing_the_record_verbatim_equals_serializing_the_response(string? original, double? similarity)
    {
        var record = """{"schema":1,"id":"a1","text":"نص <b>\"مقتبس\"</b>","entities":[{"id":"country:KZ","name_en":"Kazakhstan"}]}""";
        var article = new StoredArticle("a1", 7, "x.txt", "عنوان", "2024-05", null, "1", original, similarity, "نص", record,
            [new NearDuplicate("c1", "آخر", null, 0.91, false)]);
        var written = JsonDocument.Parse(ArticleResponse.Write(article)).RootElement;
        var serialized = JsonDocument.Parse(JsonSerializer.Serialize(ArticleResponse.From(article), new JsonSerializerOptions(JsonSerializerDefaults.Web))).RootElement;
        Assert.True(JsonElement.DeepEquals(serialized, written), $"{serialized}\n{written}");
    }
}
