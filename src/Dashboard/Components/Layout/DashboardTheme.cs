using MudBlazor;

namespace Dashboard.Components.Layout;

/// <summary>The app's palette and the Chinese-first font stack.</summary>
internal static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", AppbarBackground = "#1f5fa8" },
        PaletteDark = new PaletteDark { Primary = "#6ea8ff" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["DashboardCJK", "sans-serif"],
            },
        },
    };
}
