using Rasd.Web.Api;
using Rasd.Web.Hosting;

namespace Rasd.Web.Tests.Api;

/// <summary>Ids, country pairs and the API key check, value by value.</summary>
public sealed class BoundsTests
{
    [Theory]
    [InlineData("person:sadyr-japarov", true)]
    [InlineData("country:KZ", true)]
    [InlineData("person:صادر-جاباروف", true)]
    [InlineData("agency:tass", true)]
    [InlineData("org:un.security_council", true)]
    [InlineData("sadyr-japarov", false)]
    [InlineData("person:", false)]
    [InlineData("person:a b", false)]
    [InlineData("person:../../etc/passwd", false)]
    [InlineData("person:<script>", false)]
    [InlineData("PERSON:x", false)]
    public void Entity_ids_are_a_type_and_a_name(string id, bool valid) => Assert.Equal(valid, QueryBounds.IsEntityId(id));

    [Fact]
    public void Entity_ids_have_a_length_bound() => Assert.False(QueryBounds.IsEntityId("person:" + new string('a', QueryBounds.MaxIdLength)));

    [Theory]
    [InlineData("KZ-RU", "KZ", "RU")]
    [InlineData("ru-kz", "RU", "KZ")]
    public void Country_pairs_are_two_codes(string value, string a, string b)
    {
        Assert.True(CountryPair.TryParse(value, out var pair));
        Assert.Equal((a, b), (pair.A, pair.B));
        Assert.Equal($"country:{a}", pair.EntityA);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("KZ-KZ")]
    [InlineData("KZRU")]
    [InlineData("KZ-RUS")]
    [InlineData("K1-RU")]
    public void Other_pairs_are_refused(string? value) => Assert.False(CountryPair.TryParse(value, out _));

    [Fact]
    public void The_key_is_accepted_only_as_an_exact_bearer_token()
    {
        var key = new ApiKey("s3cret");
        Assert.True(key.IsConfigured);
        Assert.True(key.Accepts("Bearer s3cret"));
        Assert.True(key.Accepts("bearer s3cret "));
        Assert.False(key.Accepts("Bearer s3cre"));
        Assert.False(key.Accepts("Bearer s3crett"));
        Assert.False(key.Accepts("s3cret"));
        Assert.False(key.Accepts(null));
        Assert.False(new ApiKey(null).Accepts("Bearer "));
        Assert.False(new ApiKey(null).IsConfigured);
    }

    [Fact]
    public void A_key_file_gives_its_first_line_and_an_empty_one_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  abc123  \nsecond line\n");
            Assert.Equal("abc123", ApiKey.Load(file));
            File.WriteAllText(file, "\n");
            Assert.Throws<InvalidDataException>(() => ApiKey.Load(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
