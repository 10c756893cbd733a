using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Account;

/// <summary>
/// Checks an open page's sign-in against the user's security stamp every <see cref="Interval"/>:
/// after a sign-out anywhere, every open circuit of that user becomes anonymous (and each admin
/// action checks the stamp itself, <see cref="Components.Layout.CurrentUser"/>).
/// </summary>
internal sealed class StampRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, SignInStamps stamps)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override TimeSpan RevalidationInterval => Interval;

    /// <summary>True while the state's user is still signed in (what the periodic check asks).</summary>
    public Task<bool> IsStillValidAsync(AuthenticationState state, CancellationToken cancellationToken = default) =>
        stamps.IsCurrentAsync(state.User, cancellationToken);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState, cancellationToken);
}
