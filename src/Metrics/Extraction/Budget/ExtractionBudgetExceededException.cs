namespace Metrics.Extraction.Budget;

/// <summary>An article whose extraction took more steps than its budget allows: reported as failed, never half-extracted.</summary>
public sealed class ExtractionBudgetExceededException : Exception
{
    public ExtractionBudgetExceededException(long steps, int characters)
        : base($"extraction stopped: over its budget of {steps:N0} steps for {characters:N0} characters")
    {
        Steps = steps;
        Characters = characters;
    }

    /// <summary>The budget that ran out.</summary>
    public long Steps { get; }

    /// <summary>The length of the text, in characters.</summary>
    public int Characters { get; }

    /// <summary>The reason in Chinese, for the import page and the API.</summary>
    public string ChineseReason => $"抽取超出预算（{Characters:N0} 个字符，上限 {Steps:N0} 步），已停止：文章未导入";
}
