using Dashboard.Presentation.Parameters;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Endpoints;

/// <summary>
/// A bad query or body parameter (<see cref="ApiParameterException"/>) thrown by any handler it is
/// added to becomes 400 with a problem body naming the parameter, so handlers read their
/// parameters and let this answer for them.
/// </summary>
internal sealed class BadParameterFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (ApiParameterException problem) when (!context.HttpContext.Response.HasStarted)
        {
            return Problem(problem);
        }
    }

    /// <summary>400 with a problem body naming the parameter.</summary>
    public static ProblemHttpResult Problem(ApiParameterException problem) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Bad parameter '{problem.Parameter}'",
        detail: problem.Message,
        extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });
}

/// <summary>Adds <see cref="BadParameterFilter"/> to endpoints.</summary>
internal static class BadParameterFilterExtensions
{
    public static TBuilder NamesBadParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, BadParameterFilter>();
}
