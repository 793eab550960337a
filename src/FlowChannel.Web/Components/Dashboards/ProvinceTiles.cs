namespace FlowChannel.Web.Components.Dashboards;

/// <summary>
/// A tile-grid map of China: each province a square at its rough place (column, row), drawn by our own SVG, so no map
/// service or downloaded geodata is needed. Keyed by the Chinese and English names the province option labels use.
/// </summary>
public static class ProvinceTiles
{
    public const int Columns = 9;
    public const int Rows = 8;

    private static readonly (string Zh, string En, int Col, int Row)[] Tiles =
    [
        ("黑龙江", "Heilongjiang", 8, 0), ("吉林", "Jilin", 8, 1), ("辽宁", "Liaoning", 7, 1), ("内蒙古", "Inner Mongolia", 5, 1),
        ("新疆", "Xinjiang", 0, 1), ("北京", "Beijing", 6, 1), ("天津", "Tianjin", 6, 2), ("河北", "Hebei", 5, 2),
        ("山西", "Shanxi", 4, 2), ("山东", "Shandong", 6, 3), ("甘肃", "Gansu", 2, 2), ("宁夏", "Ningxia", 3, 2),
        ("青海", "Qinghai", 1, 3), ("陕西", "Shaanxi", 3, 3), ("河南", "Henan", 4, 3), ("江苏", "Jiangsu", 6, 4),
        ("西藏", "Tibet", 0, 4), ("四川", "Sichuan", 2, 4), ("重庆", "Chongqing", 3, 4), ("湖北", "Hubei", 4, 4),
        ("安徽", "Anhui", 5, 4), ("上海", "Shanghai", 7, 4), ("云南", "Yunnan", 1, 5), ("贵州", "Guizhou", 2, 5),
        ("湖南", "Hunan", 3, 5), ("江西", "Jiangxi", 4, 5), ("浙江", "Zhejiang", 6, 5), ("福建", "Fujian", 5, 5),
        ("广西", "Guangxi", 2, 6), ("广东", "Guangdong", 3, 6), ("台湾", "Taiwan", 6, 6), ("香港", "Hong Kong", 4, 6),
        ("澳门", "Macau", 3, 7), ("海南", "Hainan", 2, 7),
    ];

    /// <summary>Every tile: its short Chinese name (shown), its column and row, and the names that match it.</summary>
    public static IEnumerable<(string Label, int Col, int Row, string[] Names)> All =>
        Tiles.Select(t => (t.Zh, t.Col, t.Row, new[] { t.Zh, t.En }));

    /// <summary>Whether a group key (北京, 北京市, Beijing) names this tile.</summary>
    public static bool Matches(string? key, string[] names) =>
        key is not null && names.Any(n => key.StartsWith(n, StringComparison.OrdinalIgnoreCase));
}
