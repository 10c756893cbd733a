using System.Globalization;

namespace Dashboard.Tests.Charts;

/// <summary>Pins the current culture for one test; the cultures tests run under are listed in <see cref="Cultures"/>.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        var pinned = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = pinned;
        CultureInfo.CurrentUICulture = pinned;
    }

    /// <summary>zh-CN (the users) and invariant (CI), as theory data.</summary>
    public static TheoryData<string> Cultures => ["zh-CN", ""];

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
