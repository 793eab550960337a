namespace FlowChannel.Application.Channel.SampleData;

/// <summary>Where sample partners are and what they are called: provinces weighted roughly by economic size.</summary>
internal static class SamplePlaces
{
    /// <summary>Province option value, administrative code (for credit codes), main cities, weight.</summary>
    public static readonly IReadOnlyList<(Province Item, double Weight)> Provinces =
    [
        (new("guangdong", "440000", ["广州", "深圳", "东莞", "佛山"]), 12),
        (new("jiangsu", "320000", ["南京", "苏州", "无锡"]), 11),
        (new("zhejiang", "330000", ["杭州", "宁波", "温州"]), 9),
        (new("shanghai", "310000", ["上海"]), 8),
        (new("beijing", "110000", ["北京"]), 8),
        (new("shandong", "370000", ["济南", "青岛", "烟台"]), 8),
        (new("sichuan", "510000", ["成都", "绵阳"]), 6),
        (new("hubei", "420000", ["武汉", "宜昌"]), 5),
        (new("henan", "410000", ["郑州", "洛阳"]), 5),
        (new("fujian", "350000", ["福州", "厦门"]), 5),
        (new("hunan", "430000", ["长沙"]), 4),
        (new("anhui", "340000", ["合肥"]), 4),
        (new("shaanxi", "610000", ["西安"]), 3),
        (new("chongqing", "500000", ["重庆"]), 3),
        (new("hebei", "130000", ["石家庄", "保定"]), 3),
        (new("liaoning", "210000", ["沈阳", "大连"]), 3),
        (new("tianjin", "120000", ["天津"]), 2),
        (new("yunnan", "530000", ["昆明"]), 2),
        (new("guangxi", "450000", ["南宁"]), 2),
        (new("jiangxi", "360000", ["南昌"]), 2),
    ];

    public static readonly IReadOnlyList<(string Item, double Weight)> PartnerTypes =
        [("distributor", 35), ("agent", 25), ("serviceProvider", 15), ("integrator", 15), ("retailer", 10)];

    public static readonly IReadOnlyList<(string Item, double Weight)> Statuses =
        [("active", 85), ("probation", 6), ("suspended", 4), ("prospect", 3), ("ended", 2)];

    public static readonly IReadOnlyList<string> Industries =
        ["manufacturing", "retail", "finance", "healthcare", "education", "government", "energy", "internet", "logistics"];

    public static readonly IReadOnlyList<string> NameWords =
        ["智联", "云拓", "博远", "天成", "华信", "恒通", "鼎盛", "汇丰", "启明", "卓越", "德润", "新锐", "瑞达", "中科", "海纳", "正泰", "长风", "同创", "安达", "嘉禾"];

    public static readonly IReadOnlyList<string> NameTrades = ["科技", "信息技术", "商贸", "贸易", "系统集成", "电子", "软件", "供应链"];

    public static readonly IReadOnlyList<string> Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];

    public static readonly IReadOnlyList<string> Products = ["FlowChannel 标准版", "FlowChannel 企业版", "实施服务", "年度维保", "培训服务", "硬件网关"];

    public static readonly IReadOnlyList<string> Customers =
        ["星河制造", "蓝海零售", "远航物流", "金桥银行", "仁心医院", "启智学校", "光明能源", "云帆网络", "国泰集团", "百川商超", "东方电气", "南山医药"];
}

/// <summary>A province option with its administrative code and cities.</summary>
internal sealed record Province(string Value, string Code, IReadOnlyList<string> Cities);
