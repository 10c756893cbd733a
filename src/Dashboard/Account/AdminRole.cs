namespace Dashboard.Account;

/// <summary>The one role of the app, its user name, and the names of the policies and schemes that check it.</summary>
internal static class AdminRole
{
    public const string Name = "admin";
    public const string UserName = "admin";

    /// <summary>Pages: the admin cookie.</summary>
    public const string Policy = "Admin";

    /// <summary>Write endpoints: the admin cookie or <c>X-Api-Key</c>.</summary>
    public const string ApiPolicy = "AdminApi";

    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}
