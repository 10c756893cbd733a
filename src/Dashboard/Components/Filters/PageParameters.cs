using Dashboard.Presentation.Parameters;
using Metrics.Gazetteer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Components.Filters;

/// <summary>
/// A page's query parameters read with the API's own rules (<see cref="ApiParameters"/>), so that a
/// page and <c>/api/series</c> understand a link the same way and reject the same bad values.
/// </summary>
internal static class PageParameters
{
    /// <summary>The parameters as the page received them; absent ones are null.</summary>
    public static ApiParameters Read(NantongGazetteer gazetteer, params (string Name, StringValues Values)[] values) =>
        new(new QueryCollection(values.Where(v => v.Values.Count > 0).ToDictionary(v => v.Name, v => v.Values)), gazetteer);

    /// <summary>A date as the URL writes it: <c>2023-02-11</c>.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The message a page shows for a bad link, in Chinese, naming the parameter, what is wrong and what it allows.</summary>
    public static string Problem(ApiParameterException problem) => problem.Chinese;
}
