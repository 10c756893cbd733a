namespace Metrics.Review;

/// <summary>The <see cref="Storage.AuditEntry.Action"/> names, and the entity types they apply to.</summary>
public static class AuditActions
{
    public const string Edit = "edit";
    public const string Confirm = "confirm";
    public const string Reject = "reject";
    public const string Add = "add";
    public const string SetPublished = "set-published";
    public const string Import = "import";
    public const string AcceptVersion = "accept-version";
    public const string DropVersion = "drop-version";
    public const string RestoreVersion = "restore-version";

    public const string Fact = "fact";
    public const string Article = "article";
}
