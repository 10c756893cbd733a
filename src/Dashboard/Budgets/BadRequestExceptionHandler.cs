using Microsoft.AspNetCore.Diagnostics;

namespace Dashboard.Budgets;

/// <summary>
/// A request the server cannot read (a body over Kestrel's 30 MB limit, a malformed body) is the
/// client's problem: answered with its own status (413, 400) and a problem body, not 500.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The request body is larger than the server accepts (30 MB); an article may have at most Dashboard:MaxArticleBytes of text."
            : bad.Message;
        await Results.Problem(statusCode: bad.StatusCode, title: bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request", detail: detail)
            .ExecuteAsync(httpContext);
        return true;
    }
}
