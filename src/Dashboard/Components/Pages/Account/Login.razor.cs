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

    /// <summary>Seconds this address must wait before the next try, with <c>error=locked</c>.</summary>
    [SupplyParameterFromQuery]
    public int? Wait { get; set; }

    private string? Message => Error switch
    {
        "wrong" => "密码错误。",
        "locked" => Wait is > 0
            ? $"本机密码错误次数过多，请 {WaitText(Wait.Value)}后再试（每错一次，等待时间加倍）。"
            : "本机密码错误次数过多，请稍后再试（每错一次，等待时间加倍）。",
        _ => null,
    };

    private static string WaitText(int seconds) => seconds < 60 ? $"{seconds} 秒" : $"{(seconds + 59) / 60} 分钟";
}
