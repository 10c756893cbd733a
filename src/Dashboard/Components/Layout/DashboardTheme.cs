using MudBlazor;

namespace Dashboard.Components.Layout;

/// <summary>The app's palette and the Chinese-first font stack.</summary>
internal static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", AppbarBackground = "#1f5fa8" },
        // A light primary needs dark text on it: white on #6ea8ff (date picker header, filled buttons) is hard to read.
        PaletteDark = new PaletteDark { Primary = "#6ea8ff", PrimaryContrastText = "#0b1f3a" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["DashboardCJK", "sans-serif"],
            },
        },
    };
}
