namespace Metrics.Tests.Extraction.Dates;

/// <summary>
/// Gold facts of <c>shared/corpus/dev</c> whose evidence sentence contains a date word, with
/// the article's publication date and the gold date. Only the evidence sentences are copied,
/// never the articles. A sentence qualifies when it has a numeral followed by 年/月/日/季度,
/// 月 followed by a numeral and 号, an English month name, 周 with a weekday, or one of the
/// relative words 今年 去年 明年 前年 上年 本年 当年 同年 次年 全年 昨日 昨天 今天 今日 前天 明天
/// 当天 当日 同日 次日 翌日 当晚 上月 上个月 本月 下月 当月 次月 本周 上周 下周 星期 礼拜 上半年
/// 下半年 年初 年底 年末 月初 月底 月末 上旬 中旬 下旬 近日 日前 近期 截至 截止 以来 至今 年内 同期
/// 十四五 十三五 (simplified or traditional): 73 of the 136 facts.
/// </summary>
/// <remarks>
/// A row with a known gap is one the resolver gets wrong for a stated reason that no
/// general rule over the sentence alone can fix; the test checks it still differs, so
/// closing a gap shows up and the row moves to the passing ones.
/// </remarks>
internal static class DevCorpusEvidence
{
    private const string NoPublicationDate = "no publication date: a date without its year cannot be resolved";

    private const string DateOfAPlanNotTheEvent = "the only date word dates an annual plan or award inside the sentence; the event's day is in another sentence";

    private const string DayIsInAnotherSentence = "the sentence names only the event's quarter; its day comes from 昨日 in another sentence";

    private const string AnaphorNeedsThePreviousSentence = "同日 refers to 昨日 in the sentence before (resolves in the full article)";

    private const string EnglishText = "English text";

    private const string SameDayIdiom = "当天签约、当天开工 means 'signed and started the same day'; the gold dates it by the year under review";

    /// <summary>Article id, published date, gold date, evidence sentence, known gap (null when it must pass).</summary>
    public static TheoryData<string, string?, string?, string, string?> Rows => new()
    {
        { "000_169ed19f3d142cdb", "2020-06-30", "2020-06-29", "6月29日上午,区委召开全区纪念建党99周年大会暨基层书记工作讲坛", null },
        { "000_169ed19f3d142cdb", "2020-06-30", "2020-06-25", "6月25日,区委书记黄卫锋主持召开区委常委会会议", null },
        { "000_169ed19f3d142cdb", "2020-06-30", "2020-06-16", "6月16日,位于南通科学工业园的信创产业园港闸分园正式开园", null },
        { "000_169ed19f3d142cdb", "2020-06-30", "2020-Q1", "今年年初,总投资380亿元的融创文旅城项目成功签约", null },
        { "001_c8ef6e7cdc7c6670", "2020-06-01", "2020-05-30", "5月30日上午,区委书记黄卫锋主持召开区委常委会会议", null },
        { "001_c8ef6e7cdc7c6670", "2020-06-01", "2020-05-28", "5月28日下午,港闸区在苏州昆山举行主题为“跨江融合桥头堡 产业发展新港湾”发展恳谈会", null },
        { "002_3f31bf7b731519e0", "2020-04-13", "2020-04-10", "10日下午,区委书记黄卫锋主持召开区委常委会会议", null },
        { "003_4282e08e67390612", "2023-02-13", "2023-02-10", "全区持续推进“机关作风建设提升年”动员暨2022年度总结表彰大会召开", DateOfAPlanNotTheEvent },
        { "003_4282e08e67390612", "2023-02-13", "2022", "2022年,全区上下深入开展“大项目突破年”活动,…19个重大项目开工建设", null },
        { "004_696777a62ce46a86", "2021-12-31", "2021-11-28", "11月28日,海门区召开区委常委会会议", null },
        { "004_696777a62ce46a86", "2021-12-31", "2021-10", "10月下旬,在上海举行科创项目对接恳谈会,一批高质量科创项目集中签约", null },
        { "004_696777a62ce46a86", "2021-12-31", "2021-11-20", "11月20日,S356沿江公路(富江路口至通州交界)路面大中修主体工程全部完成", null },
        { "004_696777a62ce46a86", "2021-12-31", "2021-11-24", "11月24日,2021年度县级道路亮化项目施工全部完成", null },
        { "a01-gxj-2020-12-24-tongzhou-tupo", "2020-12-24", "2020", "今年新签约亿元及千万美元以上项目100个", null },
        { "a01-gxj-2020-12-24-tongzhou-tupo", "2020-12-24", "2020", "全年新开工亿元以上制造业项目53个", null },
        { "a05-zgnt-2020-01-15-gangzha-zhengxie", "2020-01-15", "2020-01-11", "1月11日至13日,中国人民政治协商会议港闸区第九届委员会第四次会议顺利召开", null },
        { "a13-xdkb-2020-03-18-haimen-32kaigong", "2020-03-18", "2020-03-13", "3月13日,南通海门举行一季度重大项目集中开工活动,32个亿元以上产业项目总投资248.7亿元", null },
        { "a17-lfkanghui-2025-06-06-haimen-qianyue-big5", "2025-06-06", "2025-06", "截止目前,海門共新簽約重大項目33個,總投資約 213.6 億元", null },
        { "a17-lfkanghui-2025-06-06-haimen-qianyue-big5", "2025-06-06", "2025-05", "5月,十余個項目接連落子海門", null },
        { "a17-lfkanghui-2025-06-06-haimen-qianyue-big5", "2025-06-06", "2025-05-16", "5月16日,南通嘉富泰電氣科技有限公司帶著高新專利技術與全球優質客戶資源落戶四甲,計劃投資5億元建設華東特高壓設備配件技術標桿基地", null },
        { "a17-lfkanghui-2025-06-06-haimen-qianyue-big5", "2025-06-06", "2025-05-29", "5月29日集中簽約的三個項目", null },
        { "a19-abmok-2021-01-14-nantong-181kaigong", "2021-01-14", "2021-01-12", "此次集中开工的重大产业项目总投资1825亿元,2021年计划投资503亿元", DateOfAPlanNotTheEvent },
        { "a28-boke-2023-07-10-shirenda-changweihui", "2023-07-10", "2023-07-10", "南通市第十六届人大常委会第十一次会议7月10日决定", null },
        { "a35-ifeng-2025-tongzhou-zhiju-kaigong", null, "2024", "全年新签约并注册5亿元及3000万美元以上项目61个", NoPublicationDate },
        { "a35-ifeng-2025-tongzhou-zhiju-kaigong", null, "2025-02-09", "2月9日上午,通州区2025年首个开工建设的重大项目——制局半导体先进封装模组制造项目开工仪式在南通高新区举行", NoPublicationDate },
        { "a40-chongchuan-2018-01-18-renda-bimu", "2018-01-18", "2018-01-18", "1月18日下午,崇川区第九届人民代表大会第二次会议在完成大会预定的各项议程后,在更俗剧院闭幕", null },
        { "a44-dpshk-nodate-ntkfq-nianzhong-gongzuohuiyi-big5", null, null, "8月12日,南通開發區召開全區年中工作會議", null },
        { "a48-nantongwang-2023-02-12-qidong-tongzhou-kaigong", "2023-02-12", "2023-02-11", "启东市举行一季度重大项目集中开工暨昭晟大直径无缝旋压阴极辊项目奠基活动", DayIsInAnotherSentence },
        { "a50-zachmalone-2023-01-30-nantong-dongyuan", null, "2023-01-30", "1月30日,市委市政府召开全市项目建设动员大会", NoPublicationDate },
        { "a51-chinadaily-en-2024-01-05-nantong-mobilization", "2024-01-05", "2024-01-04", "On January 4, Nantong held a mobilization meeting for the city’s “Year of Breakthroughs in Major Projects”", EnglishText },
        { "a54-ntrb-2022-11-23-shiwei-changweihui", "2022-11-23", "2022-11-22", "22日下午,市委书记王晖主持召开市委常委会会议暨市疫情防控工作领导小组会议", null },
        { "a56-cnr-2022-02-24-shizhengxie-kaimu", "2022-02-24", "2022-02-23", "2月23日上午,中国人民政治协商会议南通市第十三届委员会第一次会议在南通大剧院隆重开幕", null },
        { "a60-people-2020-05-08-chuangxinqu-kaigong-big5", "2020-05-08", "2020-05-08", "首批集中開工的6個項目總投資178億元,今年計劃投資14億元", DateOfAPlanNotTheEvent },
        { "b02-qidong-tongzhou-2023-02-11-kaigong", "2023-02-12", "2023-02-11", "启东一季度计划新开工亿元以上重大产业项目36个,计划总投资318亿元", DayIsInAnotherSentence },
        { "b02-qidong-tongzhou-2023-02-11-kaigong", "2023-02-12", "2023-02-11", "昨日,启东市举行一季度重大项目集中开工暨昭晟大直径无缝旋压阴极辊项目奠基活动", null },
        { "b02-qidong-tongzhou-2023-02-11-kaigong", "2023-02-12", "2023-02-11", "同日,通州区也举行一季度集中开工暨康源电路开工仪式", AnaphorNeedsThePreviousSentence },
        { "b03-rudong-2025-04-08-qianyue", "2025-04-09", "2025-04-08", "4月8日,江蘇如東舉辦一季度項目集中簽約活動,30個總投資約184億元", null },
        { "b03-rudong-2025-04-08-qianyue", "2025-04-09", "2025-Q1", "今年一季度,如東共簽約項目66個,總投資額303億元", null },
        { "b09-rugao-2020-11-26-changwu", "2020-11-27", "2020-11-26", "昨日,市委副书记、市长何益军主持召开十七届市政府第六十次常务会议", null },
        { "b11-haian-2020-02-28-kaigong", "2020-02-28", "2020-02-28", "本次集中开工亿元以上产业项目共计123个,工业项目111个、服务业项目12个,其中,10亿元以上项目18个。计划总投资369亿元,今年计划完成投资额132.5亿元", DateOfAPlanNotTheEvent },
        { "b11-haian-2020-02-28-kaigong", "2020-02-28", "2019", "2019年,全市新开工亿元以上产业项目115个", null },
        { "b12-haian-2024-07-shangbannian", "2024-07-30", "2024-Q2", "上半年,海安新开工亿元以上工业项目53个", null },
        { "b17-rugao-2020-01-10-zhengxie", "2020-01-14", "2020-01-10", "中国人民政治协商会议如皋市第十四届委员会第四次会议,于2020年1月10日至13日在如城举行", null },
        { "b21-tzw-2021-03-18-kaigong", "2021-03-19", "2021-03-18", "18日,通州湾示范区一季度27个项目集中开工,其中10亿元以上项目9个、亿元项目18个,项目总投资额达122亿元", null },
        { "b22-haian-2020-03-10-dongyuanhui", "2020-03-13", "2020-03-10", "10日上午9点,海安举行招商引资誓师出征动员会", null },
        { "b22-haian-2020-03-10-dongyuanhui", "2020-03-13", "2020-03-11", "11日,该市召开推进服务业(旅游)项目建设工作会议", null },
        { "b22-haian-2020-03-10-dongyuanhui", "2020-03-13", "2020-02", "上个月, 123个项目集中开工,总投资369亿元", null },
        { "b27-qidong-2021-03-jingao-luohu", "2021-05-07", "2021-03", "今年3月,晶澳太陽能正式落戶啟東經(jīng)濟(jì)開(kāi)發(fā)區(qū)", null },
        { "b30-tzw-2024-04-17-jidu-gongzuohui", "2024-04-18", "2024-04-17", "4月17日,示范区党工委2024年一季度工作会议召开", null },
        { "b35-qidong-2022-jizhuangxiang-kaigang", null, "2022-10-26", "今年10月26日,启东吕四起步港区集装箱码头开港", NoPublicationDate },
        { "b35-qidong-2022-jizhuangxiang-kaigang", null, "2022", "自2011年以来,累计承接来自上海的亿元以上产业转移项目563个", NoPublicationDate },
        { "b35-qidong-2022-jizhuangxiang-kaigang", null, "2022-Q2", "仅今年上半年,启东已新签约引进来自上海地区产业项目42个", NoPublicationDate },
        { "b38-rudong-2024-11-20-haiqiahui", "2024-11-21", "2024-11-20", "11月20日,第十六届如东沿海经济发展合作洽谈会在江苏如东举行", null },
        { "b40-qidong-undated-guanmo", null, null, "5月5日下午,啟東市二季度招商引資暨項(xiàng)目建設(shè)觀摩活動(dòng)舉行", null },
        { "b43-qidong-2020-06-01-haishangfengdian", "2020-12-11", "2020-06-01", "海上工程6月1日開工建設", null },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2024-01-10", "1月10日,南通蘇錫通科技産業園區(以下簡稱“蘇錫通園區”)召開2024年工作會議暨“重大項目攻堅突破年”動員大會", null },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2023", "全年新簽約並註冊項目96個", null },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2023", "南通中心楓葉小鎮奧特萊斯實現當年簽約、當年開工", null },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2023", "南通中心楓葉小鎮奧特萊斯實現當年簽約、當年開工", null },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2023", "蝶戀橋語花海、不覺曉國際營地做到當天簽約、當天開工", SameDayIdiom },
        { "b47-sxt-2024-01-10-dongyuan-dahui", "2024-01-11", "2023", "蝶戀橋語花海、不覺曉國際營地做到當天簽約、當天開工", SameDayIdiom },
        { "b48-haian-2024-01-13-zhengxie-bimu", "2024-01-13", "2024-01-13", "1月13日上午政协海安市第十五届委员会第三次会议圆满完成各项议程后,在文化艺术中心大剧院胜利闭幕", null },
        { "b53-qidong-2025-02-05-huisheng-kaigong", "2025-02-06", "2025-02-05", "5日上午,啟東惠生海工裝備基地項目開工建設", null },
        { "c01-haian-nodate-changwu-41", null, "2020-07-21", "7月21日,市委副书记、市长于立忠主持召开市第十六届人民政府第41次常务会", NoPublicationDate },
        { "c04-qidong-2024-09-24-quanhui-big5", "2024-09-24", "2024-09-23", "9月23日,市委十四屆八次全會召開", null },
        { "c09-tzw-2020-12-31-kaigong", "2020-12-31", "2020-12", "12月示范区共有开工项目19个,计划总投资59.92亿元", null },
        { "c10-qidong-2023-12-26-lvsigang-jungong", "2023-12-26", null, "日前,随着洋吕铁路吕四港站的竣工", null },
        { "c10-qidong-2023-12-26-lvsigang-jungong", "2023-12-26", "2021-12", "2021年底,吕四起步港区2个10万吨级通用码头开港", null },
        { "c11-rudong-2023-10-03-yangkougang-jungong", "2023-10-03", null, "坐落于阳光岛东南角的通用码头日前也已通过竣工验收", null },
        { "c12-rudong-2024-08-22-tianyang-touchan-big5", "2024-08-22", "2024-06", "天洋光伏材料項目自6月份投産以來", null },
        { "c12-rudong-2024-08-22-tianyang-touchan-big5", "2024-08-22", "2024-07-06", "7月6日,總投資超60億元的中廣核如東1000MW海上光伏(風光同場)示範項目簽約", null },
        { "c14-haimen-2025-03-17-donggong-qianyue", "2025-03-17", "2025-03", "3月初,三厂工业园区无菌灌装饮料重大项目破土动工", null },
        { "c14-haimen-2025-03-17-donggong-qianyue", "2025-03-17", "2025-02-28", "2月28日,南通市数字文化产业专题招商海门专场活动在深圳举行,11个数字文化产业项目、2个数字文化产业生态项目成功签约", null },
    };
}
