using Metrics.Extraction.Numbers;
using Metrics.Extraction.Text;

namespace Metrics.Extraction.Projects;

/// <summary>
/// A count told as a state reached by a day (截至6月10日累计签约项目30个, 会上通报…已开工52个, 据统计已有41个
/// 项目竣工投产) is a summary of the period up to that day, not an occasion on it; 在洽谈会上,启东累计签约项目30多个
/// is that day's signing.
/// </summary>
internal static class StatusReport
{
    // Words that make the whole sentence a state by a date.
    private static readonly string[] UpToWords = ["截至", "截止", "以来"];

    // Words that report figures rather than tell an occasion.
    private static readonly string[] ReportingWords = ["通报", "指出", "据统计", "据介绍", "据了解", "获悉", "数据显示", "汇报"];

    // How far before the stage word 已 / 累计 may stand (已开工, 已全部开工, 已有41个项目竣工投产).
    private const int StateReach = 12;

    public static bool Tells(string text, Sentence sentence, int stagePosition)
    {
        if (UpToWords.Any(word => sentence.Text.Contains(word, StringComparison.Ordinal)))
        {
            return true;
        }

        var inClause = text[Math.Max(sentence.Start, TextScan.ClauseStart(text, stagePosition, StateReach))..stagePosition];
        var state = inClause.Contains('已') || inClause.Contains("累计", StringComparison.Ordinal);
        return state && ReportingWords.Any(word => sentence.Text.Contains(word, StringComparison.Ordinal));
    }
}
