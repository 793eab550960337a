namespace FlowChannel.Web.Localization;

/// <summary>The words of the dashboards: the list, the page, its filters and widgets.</summary>
internal static class DashboardTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["dash.Nav"] = ("Dashboards", "仪表盘"),
        ["dash.ListTitle"] = ("Dashboards", "仪表盘"),
        ["dash.None"] = ("No dashboards yet.", "暂无仪表盘。"),
        ["dash.Apply"] = ("Apply", "应用"),
        ["dash.Reset"] = ("Reset", "重置"),
        ["dash.From"] = ("From", "开始"),
        ["dash.To"] = ("To", "结束"),
        ["dash.Any"] = ("(any)", "（全部）"),
        ["dash.Print"] = ("Print", "打印"),
        ["dash.Export"] = ("Export to Excel", "导出 Excel"),
        ["dash.ExportShort"] = ("Excel", "导出"),
        ["dash.NotAvailable"] = ("Not available to you.", "您无权查看此数据。"),
        ["dash.NoData"] = ("No data", "无数据"),
        ["dash.Loading"] = ("Loading…", "加载中…"),
        ["dash.VsPrevious"] = ("vs previous period: {0}", "较上期：{0}"),
        ["dash.VsTarget"] = ("target {0} · {1:P0}", "目标 {0} · {1:P0}"),
        ["dash.Empty"] = ("(empty)", "（空）"),
        ["dash.Total"] = ("Total", "合计"),
        ["dash.Rank"] = ("#", "名次"),
        ["dash.DrillHint"] = ("Click a bar, slice, rank or province to open its records.", "点击柱、扇区、名次或省份可查看对应记录。"),
    };
}
