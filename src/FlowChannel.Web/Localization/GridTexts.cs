namespace FlowChannel.Web.Localization;

/// <summary>The words of the records grid: filters, sorting, columns and saved views.</summary>
internal static class GridTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["grid.SearchPlaceholder"] = ("Search all fields", "搜索全部字段"),
        ["grid.Columns"] = ("Columns", "显示列"),
        ["grid.ColumnsChosen"] = ("columns shown", "列已显示"),
        ["grid.Views"] = ("Saved views", "已保存视图"),
        ["grid.ViewName"] = ("View name", "视图名称"),
        ["grid.SaveView"] = ("Save view", "保存视图"),
        ["grid.DeleteView"] = ("Delete view", "删除视图"),
        ["grid.ClearFilters"] = ("Clear filters", "清除筛选"),
        ["grid.SortHint"] = ("Click to sort; shift-click to add a sort key", "点击排序；按住 Shift 点击可追加排序"),
        ["grid.Contains"] = ("Contains…", "包含…"),
        ["grid.Min"] = ("Min", "最小"),
        ["grid.Max"] = ("Max", "最大"),
        ["grid.Any"] = ("Any", "全部"),
        ["grid.Yes"] = ("Yes", "是"),
        ["grid.No"] = ("No", "否"),
        ["grid.IsEmpty"] = ("Empty", "为空"),
        ["grid.IsNotEmpty"] = ("Not empty", "不为空"),
        ["grid.Preset.today"] = ("Today", "今天"),
        ["grid.Preset.yesterday"] = ("Yesterday", "昨天"),
        ["grid.Preset.thisWeek"] = ("This week", "本周"),
        ["grid.Preset.lastWeek"] = ("Last week", "上周"),
        ["grid.Preset.thisMonth"] = ("This month", "本月"),
        ["grid.Preset.lastMonth"] = ("Last month", "上月"),
        ["grid.Preset.thisQuarter"] = ("This quarter", "本季度"),
        ["grid.Preset.thisYear"] = ("This year", "今年"),
        ["grid.Preset.last7Days"] = ("Last 7 days", "最近 7 天"),
        ["grid.Preset.last30Days"] = ("Last 30 days", "最近 30 天"),
    };
}
