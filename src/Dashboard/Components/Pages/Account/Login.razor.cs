using Microsoft.AspNetCore.Components;

namespace Dashboard.Components.Pages.Account;

/// <summary>The sign-in form, rendered as plain HTML; <c>POST /account/login</c> checks it.</summary>
public sealed partial class Login
{
    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    /// <summary><c>wrong</c> or <c>locked</c>, set by the login endpoint when it sends the visitor back.</summary>
    [SupplyParameterFromQuery]
    public string? Error { get; set; }

    private string? Message => Error switch
    {
        "wrong" => "密码错误。",
        "locked" => "密码错误次数过多，登录已暂时锁定，请稍后再试。",
        _ => null,
    };
}
