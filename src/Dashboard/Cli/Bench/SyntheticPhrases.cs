namespace Dashboard.Cli.Bench;

/// <summary>
/// The vocabulary the synthetic articles are assembled from: sentence templates with <c>{slot}</c>s
/// that <see cref="SyntheticArticles"/> fills, and the words that go into the slots. Written for
/// the benchmark in the style of Nantong district news; no real article's text is copied.
/// </summary>
internal static class SyntheticPhrases
{
    private static readonly DateOnly MergerDay = new(2020, 7, 27);

    public static readonly SyntheticDistrict[] Districts =
    [
        new("崇川区", '区', ["和平桥街道", "观音山街道", "狼山镇街道", "学田街道"]),
        new("港闸区", '区', ["幸福街道", "陈桥街道", "秦灶街道"], ValidTo: MergerDay),
        new("通州区", '区', ["西亭镇", "石港镇", "平潮镇", "川姜镇", "金沙街道"]),
        new("海门市", '市', ["常乐镇", "悦来镇", "四甲镇"], ValidTo: MergerDay),
        new("海门区", '区', ["常乐镇", "悦来镇", "四甲镇", "正余镇"], ValidFrom: MergerDay.AddDays(1)),
        new("海安市", '市', ["城东镇", "曲塘镇", "李堡镇"]),
        new("如皋市", '市', ["长江镇", "白蒲镇", "搬经镇"]),
        new("如东县", '县', ["掘港街道", "洋口镇", "栟茶镇"]),
        new("启东市", '市', ["吕四港镇", "寅阳镇", "惠萍镇"]),
    ];

    public static readonly string[] Publishers = ["南通日报", "江海晚报", "南通网", "{district}融媒体中心"];

    public static readonly string[] Surnames = ["王", "李", "张", "陈", "周", "吴", "徐", "孙", "朱", "顾", "陆", "施"];

    public static readonly string[] GivenNames = ["明远", "建华", "志强", "卫东", "海燕", "晓峰", "立新", "春雷", "红梅", "振宇", "文斌", "思源"];

    public static readonly string[] Industries =
        ["新材料", "高端纺织", "智能装备", "电子信息", "生物医药", "新能源", "海工装备", "船舶配套", "集成电路", "现代物流"];

    public static readonly string[] CompanyHeads = ["华瑞", "恒通", "江海", "中兴", "金鼎", "天成", "瑞丰", "通达", "远航", "康盛", "鑫源", "博雅"];

    public static readonly string[] Topics =
        ["全市高质量发展推进会", "省委全会", "中央经济工作会议", "全市重大项目建设推进会", "习近平总书记重要讲话"];

    public static readonly string[] Works =
        ["安全生产", "重大项目建设", "优化营商环境", "乡村振兴", "生态环境保护", "招商引资", "民生实事", "防汛防台"];

    public static readonly string[] Meetings =
        ["高质量发展推进会", "重大项目建设推进会", "招商引资工作会议", "经济工作会议", "优化营商环境大会", "安全生产工作会议", "作风建设动员大会"];

    public static readonly string[] Seasons = ["一季度", "二季度", "三季度", "四季度", "春季", "秋季"];

    /// <summary>Sentences that report a meeting.</summary>
    public static readonly string[] MeetingSentences =
    [
        "{date}，{level}委书记{name}主持召开{level}委常委会会议，传达学习{topic}精神，研究部署{work}工作。",
        "{date}，{district}召开全{level}{meeting}。{level}委书记{name}出席会议并讲话，{level}长{name}主持会议。",
        "{date}上午，{district}政府召开常务会议，{level}长{name}主持会议，研究{work}等事项。",
        "{date}，{district}召开{year}年{work}工作动员大会，全面部署今年{work}各项任务。",
        "{date}下午，{district}召开{work}工作座谈会，听取企业代表和基层干部的意见建议。",
    ];

    /// <summary>Sentences that report projects signed, started, completed or put into production.</summary>
    public static readonly string[] ProjectSentences =
    [
        "{date}，{district}举行{season}重大项目集中开工活动，此次集中开工的产业项目共{count}个，总投资达{amount}。",
        "{date}，{district}{season}重大项目集中签约仪式举行，现场签约项目{count}个，总投资{amount}，涵盖{industry}、{industry}等领域。",
        "{date}，位于{town}的{company}{industry}项目正式竣工投产，项目总投资{amount}，达产后可实现年产值{number}亿元。",
        "{date}，{company}{industry}项目在{town}开工奠基，该项目计划总投资{amount}，建成后将成为区域内重要的{industry}生产基地。",
        "{date}，{district}举行外资项目集中签约活动，共签约外资项目{count}个，协议外资{number}亿美元。",
        "{period}，{district}新签约亿元以上项目{count}个，新开工亿元以上项目{count}个，完成工业投资{number}亿元。",
    ];

    /// <summary>Sentences with numbers and dates that are not facts: output, plans, areas, shares.</summary>
    public static readonly string[] Distractors =
    [
        "{year}年，全{level}实现地区生产总值{number}亿元，同比增长{percent}%，一般公共预算收入{number}亿元。",
        "下一步，{district}将力争下半年再开工亿元以上项目{count}个，确保全年完成投资目标。",
        "今年前{month}个月，规上工业企业实现应税销售{number}亿元，同比增长{percent}%，高于全市平均水平。",
        "该园区规划面积{number}平方公里，目前已入驻企业{count}家，到位资金{number}亿元。",
        "项目建成后预计可实现年产值{number}亿元、年税收{number}亿元，新增就业岗位{count}个。",
        "全{level}累计完成固定资产投资{number}亿元，完成年度计划的{percent}%。",
    ];

    /// <summary>Prose with no numbers, to fill paragraphs.</summary>
    public static readonly string[] Fillers =
    [
        "会议指出，当前发展面临的机遇与挑战并存，必须保持战略定力，坚定不移推动高质量发展。",
        "会议强调，各地各部门要进一步提高政治站位，把思想和行动统一到上级决策部署上来。",
        "要坚持项目为王，紧盯关键节点，加快推进项目建设，以项目的大突破推动发展的大跨越。",
        "要持续优化营商环境，深化放管服改革，为企业提供全生命周期服务。",
        "要坚持以人民为中心的发展思想，扎实办好民生实事，不断增强群众的获得感、幸福感、安全感。",
        "要牢固树立安全发展理念，压紧压实各方责任，坚决防范和遏制重特大事故发生。",
        "要统筹推进疫情防控和经济社会发展，切实做好稳就业、稳金融、稳外贸各项工作。",
        "与会人员一致认为，会议精神振奋人心，目标任务明确具体，措施要求务实有力。",
        "近年来，当地坚持生态优先、绿色发展，持续改善人居环境，城乡面貌焕然一新。",
        "该项目采用国际先进的生产工艺和智能化生产线，产品主要面向长三角及海外市场。",
        "企业负责人表示，将抢抓工期、加快建设，争取早日建成投产、早日见效。",
        "相关部门负责同志表示，将全力做好要素保障，为项目建设提供优质高效服务。",
        "近年来，园区围绕主导产业精准招商，产业集聚效应日益显现。",
        "活动现场，参建各方代表纷纷表示，将严格落实安全生产和质量管理要求。",
        "据介绍，该项目从签约到开工仅用时数月，跑出了项目建设的加速度。",
        "会上，各部门主要负责同志分别围绕年度重点工作作了交流发言。",
        "会议要求，要以更加饱满的热情、更加务实的作风，推动各项工作落地见效。",
        "要加强统筹协调，形成工作合力，确保各项目标任务如期完成。",
        "要大力弘扬张謇企业家精神，支持民营企业做大做强。",
        "要深入实施创新驱动发展战略，加快培育新质生产力，推动产业转型升级。",
        "要扎实推进乡村振兴，加快农业农村现代化，促进农民持续增收。",
        "要持续深化长江大保护，推进沿江岸线整治和生态修复。",
        "区领导还实地察看了部分重点项目建设情况，详细了解项目进度和存在困难。",
        "群众纷纷点赞，认为这些实事工程办到了大家的心坎上。",
        "当前正值项目建设的黄金期，各地要抓住有利时机，掀起项目建设新热潮。",
        "据悉，该企业是国内细分领域的龙头企业，拥有多项核心技术和自主知识产权。",
        "在随后召开的推介环节，与会客商围绕产业合作进行了深入交流。",
        "要加快构建现代化产业体系，推动先进制造业和现代服务业深度融合。",
        "要坚持系统观念，统筹发展和安全，守牢安全生产和社会稳定底线。",
        "要聚焦群众急难愁盼问题，持续推进老旧小区改造和背街小巷整治。",
        "要强化人才支撑，完善引才育才用才机制，让各类人才在这里安心干事创业。",
        "要坚持党建引领，推动基层治理体系和治理能力现代化。",
        "要紧扣年度目标任务，倒排工期、挂图作战，确保各项工作有序推进。",
        "要深化与上海等地的产业协作，主动承接产业转移和科技成果转化。",
        "各地各部门要进一步压实责任，细化措施，确保各项部署落地落实。",
        "与会企业家表示，将继续扎根当地，加大研发投入，不断提升核心竞争力。",
        "现场气氛热烈，机器轰鸣，一派繁忙景象。",
        "据了解，项目所在地交通便利，配套设施完善，具备良好的发展基础。",
        "该项目的落地，将进一步补齐产业链短板，增强产业集群竞争力。",
        "近年来，当地持续加大交通基础设施投入，区域发展的通达性不断提升。",
        "会议还通报了上一阶段重点工作进展情况，并对下一阶段工作进行了部署。",
        "要坚持把招商引资作为经济工作的生命线，以更大力度招引优质项目。",
        "在各方共同努力下，一批事关长远发展的重大项目相继落地。",
        "要严格落实中央八项规定精神，持续纠治形式主义、官僚主义。",
    ];

    /// <summary>Closing lines of a report.</summary>
    public static readonly string[] Bylines = ["（记者 {name} 通讯员 {name}）", "（通讯员 {name}）", "（{publisher}记者 {name}）", ""];
}
