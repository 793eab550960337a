namespace FlowChannel.Web.Localization;

/// <summary>The words of record import, export and print.</summary>
internal static class ImportTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["import.Title"] = ("Import records", "导入数据"),
        ["import.Back"] = ("Back to the records", "返回数据列表"),
        ["import.Help"] = ("Upload an Excel workbook (.xlsx) or a UTF-8 CSV whose first row holds the column headers. Columns are matched to fields by label or key; change the mapping where needed, run the check (nothing is written), then import. Imports start no workflows or automations.",
            "上传 Excel 工作簿（.xlsx）或 UTF-8 编码的 CSV，第一行为列标题。系统按字段名称或字段标识匹配列，可手动调整；先校验（不写入任何数据），再导入。导入不会触发流程或自动化。"),
        ["import.FileInfo"] = ("{0}: {1} data rows", "{0}：{1} 行数据"),
        ["import.Mapping"] = ("Columns and fields", "列与字段对应"),
        ["import.Column"] = ("Column", "列"),
        ["import.Header"] = ("Header", "列标题"),
        ["import.Field"] = ("Field", "字段"),
        ["import.Preview"] = ("First rows", "前几行"),
        ["import.LeaveOut"] = ("(not imported)", "（不导入）"),
        ["import.AllOrNothing"] = ("All or nothing: any bad row and nothing is written", "全部或不导入：有任一错误行则不写入"),
        ["import.SkipBadRows"] = ("Skip bad rows: import the good rows", "跳过错误行：仅导入正确的行"),
        ["import.Check"] = ("Check (dry run)", "校验（试运行）"),
        ["import.Run"] = ("Import", "导入"),
        ["import.Checking"] = ("Checking… {0} of {1} rows", "正在校验… {0} / {1} 行"),
        ["import.Importing"] = ("Importing… {0} of {1} rows", "正在导入… {0} / {1} 行"),
        ["import.CheckPassed"] = ("Check passed: all {0} rows can be imported.", "校验通过：{0} 行均可导入。"),
        ["import.CheckFound"] = ("Checked {0} rows: {1} good, {2} with errors (listed below). Nothing was written.", "已校验 {0} 行：{1} 行正确，{2} 行有错误（见下表）。未写入任何数据。"),
        ["import.Completed"] = ("Imported {3} of {0} rows; {2} bad rows were skipped.", "已导入 {0} 行中的 {3} 行；跳过 {2} 行错误数据。"),
        ["import.Rejected"] = ("{2} of {0} rows have errors; nothing was imported.", "{0} 行中有 {2} 行错误，未导入任何数据。"),
        ["import.Row"] = ("Row", "行"),
        ["import.Reason"] = ("Problem", "问题"),
        ["import.Open"] = ("Import", "导入"),
        ["print.Print"] = ("Print", "打印"),
        ["export.Xlsx"] = ("Export Excel", "导出 Excel"),
        ["export.Csv"] = ("Export CSV", "导出 CSV"),
        ["export.Progress"] = ("Exporting… {0} of {1} records", "正在导出… {0} / {1} 条"),
        ["export.Download"] = ("Download {0} ({1} rows)", "下载 {0}（{1} 行）"),
    };
}
