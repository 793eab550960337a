namespace FlowChannel.Web.Localization;

/// <summary>The words of the records pages and the workspace/portal home, apart from the core table to keep each small.</summary>
internal static class RecordTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["records.FillIn"] = ("Fill in", "填写"),
        ["records.Browse"] = ("Data", "数据"),
        ["records.NoForms"] = ("Nothing is shared with you yet.", "暂时没有向您开放的表单。"),
        ["records.Total"] = ("{0} record(s)", "共 {0} 条"),
        ["records.Export"] = ("Export CSV", "导出 CSV"),
        ["records.New"] = ("New record", "新增"),
        ["records.Open"] = ("Open", "查看"),
        ["records.Back"] = ("Back to the list", "返回列表"),
        ["records.Empty"] = ("No records.", "暂无数据。"),
        ["records.Created"] = ("Created", "创建时间"),
    };
}
