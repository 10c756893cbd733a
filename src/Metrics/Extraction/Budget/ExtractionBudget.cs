namespace Metrics.Extraction.Budget;

/// <summary>
/// The step budget of the extraction running on this thread. Every loop of the extractor that
/// can grow with the text calls <see cref="Step()"/> once a turn; over the budget it throws
/// <see cref="ExtractionBudgetExceededException"/>, and every few thousand steps it also checks
/// the caller's <see cref="CancellationToken"/>. Outside <see cref="Run{T}"/> a step costs a null
/// check (the scanners are also used on their own).
/// </summary>
/// <remarks>
/// Ambient rather than passed down: the extraction is synchronous and runs on one thread, and a
/// budget parameter on every scanner and finder would thread through a hundred signatures.
/// </remarks>
public static class ExtractionBudget
{
    /// <summary>Steps between two looks at the cancellation token; the budget itself is exact.</summary>
    private const long CheckEvery = 4_096;

    [ThreadStatic]
    private static Meter? current;

    /// <summary>Runs <paramref name="work"/> under the budget <paramref name="limits"/> give a text of <paramref name="characters"/> characters.</summary>
    /// <exception cref="ExtractionBudgetExceededException">The work took more steps than allowed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static T Run<T>(ExtractionLimits limits, int characters, CancellationToken cancellationToken, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var outer = current;
        var meter = new Meter(limits.StepsFor(characters), characters, cancellationToken);
        current = meter;
        try
        {
            return work();
        }
        finally
        {
            // Work run inside another budget's work counts against that one too.
            if (outer is not null)
            {
                outer.Left -= meter.Taken;
            }

            current = outer;
        }
    }

    /// <summary>Steps taken so far by the extraction running on this thread (0 outside one).</summary>
    public static long StepsTaken => current is { } meter ? meter.Taken : 0;

    /// <summary>One turn of a loop.</summary>
    public static void Step()
    {
        var meter = current;
        if (meter is not null && --meter.Left < meter.CheckAt)
        {
            meter.Check();
        }
    }

    /// <summary><paramref name="steps"/> turns at once (a bulk operation over that many items).</summary>
    public static void Step(int steps)
    {
        var meter = current;
        if (meter is not null && (meter.Left -= steps) < meter.CheckAt)
        {
            meter.Check();
        }
    }

    private sealed class Meter(long budget, int characters, CancellationToken cancellationToken)
    {
        public readonly long Budget = budget;
        public long Left = budget;

        // Never below zero: the step that overdraws the budget is always a checked one.
        public long CheckAt = Math.Max(0, budget - CheckEvery);

        public long Taken => Budget - Left;

        public void Check()
        {
            if (Left < 0)
            {
                throw new ExtractionBudgetExceededException(Budget, characters);
            }

            cancellationToken.ThrowIfCancellationRequested();
            CheckAt = Math.Max(0, Left - CheckEvery);
        }
    }
}
