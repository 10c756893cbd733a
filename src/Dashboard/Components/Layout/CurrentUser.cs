using Dashboard.Account;
using Metrics.Review;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Components.Layout;

/// <summary>The name the audit log records for the signed-in person, checked before each admin action.</summary>
internal static class CurrentUser
{
    /// <summary>The admin's name; a <see cref="ReviewException"/> when the page's user is not (or no longer: signed out elsewhere) the admin.</summary>
    public static async Task<string> AdminNameAsync(Task<AuthenticationState>? state, SignInStamps stamps)
    {
        var user = state is null ? null : (await state).User;
        if (user is null || !user.IsInRole(AdminRole.Name) || !await stamps.IsCurrentAsync(user))
        {
            throw new ReviewException("已退出登录：请重新登录后再操作。");
        }

        return user.Identity?.Name ?? "unknown";
    }
}
