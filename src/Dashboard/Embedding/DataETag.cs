using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Embedding;

/// <summary>
/// ETags for images and embeds, keyed on the data version and on the request's path and
/// parameters: the same URL keeps its ETag until an article or fact changes.
/// </summary>
internal static class DataETag
{
    /// <summary>The ETag of <paramref name="request"/> at <paramref name="version"/>; <paramref name="salt"/> separates variants of one URL.</summary>
    public static EntityTagHeaderValue For(HttpRequest request, long version, string salt = "")
    {
        var parameters = request.Query
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + string.Join(",", p.Value.ToArray()));
        var text = request.Path.Value + "?" + string.Join("&", parameters) + "#" + salt;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
        return new EntityTagHeaderValue($"\"d{version}-{hash}\"");
    }

    /// <summary>
    /// Sets <c>ETag</c> and <c>Cache-Control</c> (revalidate every time: data may change any
    /// minute, and a 304 is cheap); true when the client's <c>If-None-Match</c> already has it.
    /// </summary>
    public static bool Apply(HttpContext context, EntityTagHeaderValue etag, bool privateOnly)
    {
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        context.Response.Headers.CacheControl = privateOnly ? "private, no-cache" : "public, no-cache";
        var match = context.Request.GetTypedHeaders().IfNoneMatch;
        return match.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(etag, useStrongComparison: false));
    }
}
