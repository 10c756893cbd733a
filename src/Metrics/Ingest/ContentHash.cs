using System.Security.Cryptography;
using System.Text;

namespace Metrics.Ingest;

/// <summary>The identity of an article text, for idempotent import.</summary>
public static class ContentHash
{
    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
