using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Embedding;

/// <summary>The outcome of checking a link's signature.</summary>
public enum LinkCheck
{
    /// <summary>The link carries no signature.</summary>
    Unsigned,

    /// <summary>Signed with the configured key, unexpired, parameters as signed.</summary>
    Valid,

    /// <summary>The signature does not match the path and parameters, or no key is configured to check it.</summary>
    Tampered,

    /// <summary>Signed, but past its <c>expires</c> time.</summary>
    Expired,
}

/// <summary>
/// Expiring HMAC-SHA256 signatures for embed and image links. The signature covers the path and
/// every query parameter (sorted, so the order in the URL does not matter) plus <c>expires</c>
/// (Unix seconds): changing, adding or removing any parameter breaks it.
/// </summary>
public sealed class SignedLinks(string? key, TimeProvider clock)
{
    public const string SignatureParameter = "sig";
    public const string ExpiresParameter = "expires";

    private readonly byte[]? keyBytes = string.IsNullOrWhiteSpace(key) ? null : Encoding.UTF8.GetBytes(key);

    public bool CanSign => keyBytes is not null;

    /// <summary>Adds <c>expires</c> and <c>sig</c> to <paramref name="pathAndQuery"/> (<c>/embed/investment?district=通州区</c>).</summary>
    public string Sign(string pathAndQuery, TimeSpan lifetime) => Sign(pathAndQuery, clock.GetUtcNow().Add(lifetime));

    /// <summary>Adds <c>expires</c> (<paramref name="expiresAt"/>) and <c>sig</c> to <paramref name="pathAndQuery"/>.</summary>
    public string Sign(string pathAndQuery, DateTimeOffset expiresAt)
    {
        if (keyBytes is null)
        {
            throw new InvalidOperationException("No Dashboard:EmbedSigningKey is configured.");
        }

        var (path, query) = Split(pathAndQuery);
        query.RemoveAll(p => p.Key is SignatureParameter or ExpiresParameter);
        var expires = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        query.Add(new(ExpiresParameter, expires));
        var signature = WebEncoders.Base64UrlEncode(Hash(path, query));
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in query.Append(new(SignatureParameter, signature)))
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    /// <summary>When a signed request's link expires (its <c>expires</c> parameter), or null when it has none.</summary>
    public static DateTimeOffset? ExpiryOf(IQueryCollection query) =>
        long.TryParse(query[ExpiresParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Checks the signature of a request's path and query.</summary>
    public LinkCheck Check(string path, IQueryCollection query)
    {
        if (!query.ContainsKey(SignatureParameter))
        {
            return LinkCheck.Unsigned;
        }

        if (keyBytes is null || query[SignatureParameter].Count != 1 || query[ExpiresParameter].Count != 1)
        {
            return LinkCheck.Tampered;
        }

        var pairs = query
            .Where(p => p.Key != SignatureParameter)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToList();
        var expected = Hash(path, pairs);
        byte[] given;
        try
        {
            given = WebEncoders.Base64UrlDecode(query[SignatureParameter].ToString());
        }
        catch (FormatException)
        {
            return LinkCheck.Tampered;
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return LinkCheck.Tampered;
        }

        return long.TryParse(query[ExpiresParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
               && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
            ? LinkCheck.Valid
            : LinkCheck.Expired;
    }

    private byte[] Hash(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var canonical = new StringBuilder(path);
        foreach (var (name, value) in query.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            canonical.Append('\n').Append(name).Append('=').Append(value);
        }

        return HMACSHA256.HashData(keyBytes!, Encoding.UTF8.GetBytes(canonical.ToString()));
    }

    private static (string Path, List<KeyValuePair<string, string>> Query) Split(string pathAndQuery)
    {
        var mark = pathAndQuery.IndexOf('?');
        var path = mark < 0 ? pathAndQuery : pathAndQuery[..mark];
        var parsed = mark < 0 ? [] : QueryHelpers.ParseQuery(pathAndQuery[mark..]);
        var query = parsed.SelectMany(p => ((StringValues)p.Value).Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))).ToList();
        return (path, query);
    }
}
