namespace Metrics.Facts;

/// <summary>Meeting kinds of the gold schema.</summary>
public enum MeetingKind
{
    /// <summary>区委常委会会议 / 市委常委会会议 / 党工委会议.</summary>
    StandingCommittee,

    /// <summary>区政府常务会议 / 市政府常务会议.</summary>
    GovernmentExecutive,

    /// <summary>全会, 全体(扩大)会议, 党代会, 人代会, 政协会议.</summary>
    Plenary,

    /// <summary>动员大会, 动员会, 誓师大会, 工作会议暨动员大会.</summary>
    Mobilization,

    /// <summary>工作会议, 推进会, 调度会, 部署会, 现场会, 观摩会, 汇报会.</summary>
    WorkConference,

    /// <summary>座谈会, 恳谈会, 洽谈会, 推介会, 说明会.</summary>
    Symposium,

    /// <summary>纪念大会, 表彰大会.</summary>
    Commemoration,

    /// <summary>理论学习中心组学习, 专题学习会, 党课.</summary>
    StudySession,

    /// <summary>主任会议, 主席团会议, 联席会议, 人大常委会会议...</summary>
    Other,
}

/// <summary>Project stages of the gold schema.</summary>
public enum ProjectStage
{
    Signed,
    Started,
    Completed,
    Production,
    Opened,
}

/// <summary>One dated occasion, or a summary over a period (a reported total, never added into sums).</summary>
public enum FactScope
{
    Event,
    Period,
}
