namespace Metrics.Extraction.Budget;

/// <summary>
/// How much work the extraction of one article may do, in steps (one turn of any loop that can
/// grow with the text): <see cref="BaseSteps"/> plus <see cref="StepsPerCharacter"/> for each
/// character. Read from the <c>Extraction</c> configuration section.
/// </summary>
/// <remarks>
/// Steps rather than seconds, so that the same article passes or fails the same way on a loaded
/// machine. Honest articles take well under 100 steps a character (see the README); the default
/// leaves a wide margin and still stops a loop that would never end.
/// </remarks>
public sealed record ExtractionLimits
{
    public const string Section = "Extraction";

    /// <summary>Steps any article may take, however short (the tables of a long fact list).</summary>
    public long BaseSteps { get; init; } = 2_000_000;

    /// <summary>Steps each character of the text adds.</summary>
    public long StepsPerCharacter { get; init; } = 1_000;

    public static ExtractionLimits Default { get; } = new();

    /// <summary>The steps an article of <paramref name="characters"/> characters may take.</summary>
    public long StepsFor(int characters)
    {
        var perCharacter = Math.Max(0, StepsPerCharacter);
        var grown = perCharacter == 0 || characters <= (long.MaxValue / 2) / perCharacter ? characters * perCharacter : long.MaxValue / 2;
        return Math.Max(0, BaseSteps) + grown;
    }
}
