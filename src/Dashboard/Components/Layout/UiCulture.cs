using System.Globalization;

namespace Dashboard.Components.Layout;

/// <summary>The culture MudBlazor's pickers speak (month and weekday names): the UI is Chinese first.</summary>
internal static class UiCulture
{
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");
}
