using System.Security.Cryptography;
using System.Text;

namespace Rasd.Web.Hosting;

/// <summary>
/// The key that enables writes, checked as a bearer token. Both sides are hashed first, so the
/// comparison takes the same time whatever the key's length and wherever the first difference is.
/// </summary>
public sealed class ApiKey
{
    private readonly byte[]? _hash;

    public ApiKey(string? key) => _hash = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public bool IsConfigured => _hash is not null;

    /// <summary>Whether the <c>Authorization</c> header carries the key as <c>Bearer KEY</c>.</summary>
    public bool Accepts(string? authorization)
    {
        if (_hash is null || authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var offered = SHA256.HashData(Encoding.UTF8.GetBytes(authorization["Bearer ".Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(offered, _hash);
    }

    /// <summary>The key from a file (its first line, trimmed) or else from <c>RASD_API_KEY</c>; null when neither gives one.</summary>
    public static string? Load(string? keyFile)
    {
        if (keyFile is not null)
        {
            var line = File.ReadLines(keyFile).FirstOrDefault()?.Trim();
            if (string.IsNullOrEmpty(line))
            {
                throw new InvalidDataException($"{keyFile}: the API key file is empty");
            }
            return line;
        }
        return Environment.GetEnvironmentVariable("RASD_API_KEY") is { Length: > 0 } fromEnvironment ? fromEnvironment.Trim() : null;
    }
}
