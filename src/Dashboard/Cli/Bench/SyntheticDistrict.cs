namespace Dashboard.Cli.Bench;

/// <summary>A district as the synthetic articles name it.</summary>
/// <param name="Name">Full name at the time, e.g. <c>海门市</c> before 2020-08, <c>海门区</c> after.</param>
/// <param name="Level">区, 市 or 县: the word in 区委, 市政府, 县长.</param>
/// <param name="Towns">Towns and streets inside it, for project sites.</param>
/// <param name="ValidFrom">First day the name is in use, or null.</param>
/// <param name="ValidTo">Last day the name is in use, or null.</param>
internal sealed record SyntheticDistrict(string Name, char Level, string[] Towns, DateOnly? ValidFrom = null, DateOnly? ValidTo = null)
{
    /// <summary>True when an article published on <paramref name="day"/> would use this name.</summary>
    public bool InUseOn(DateOnly day) => (ValidFrom is not { } from || day >= from) && (ValidTo is not { } to || day <= to);
}
