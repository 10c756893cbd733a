using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Layout;

/// <summary>The name the audit log records for the signed-in person.</summary>
internal static class CurrentUser
{
    public static async Task<string> NameAsync(Task<AuthenticationState>? state) =>
        state is null ? "unknown" : (await state).User.Identity?.Name ?? "unknown";
}
