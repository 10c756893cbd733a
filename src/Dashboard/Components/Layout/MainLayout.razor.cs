using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Components.Layout;

/// <summary>The app bar (title, theme toggle), the navigation drawer and the page.</summary>
public partial class MainLayout : IAsyncDisposable
{
    private bool drawerOpen = true;
    private bool isDarkMode;
    private IJSObjectReference? module;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    /// <summary>The theme the request's cookie asked for.</summary>
    [CascadingParameter(Name = ThemePreference.StartsDark)]
    public bool StartsDark { get; set; }

    protected override void OnInitialized() => isDarkMode = StartsDark;

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private async Task ToggleThemeAsync()
    {
        isDarkMode = !isDarkMode;
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Layout/MainLayout.razor.js");
        await module.InvokeVoidAsync("rememberTheme", ThemePreference.CookieName, ThemePreference.CookieValue(isDarkMode));
    }

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the page: nothing left to release.
            }
        }

        GC.SuppressFinalize(this);
    }
}
