using System.Globalization;
using System.Net;

namespace FlowChannel.Application.Records.Print;

/// <summary>The page around printed records: A4 sheets, one record per sheet, no screen chrome when printed.</summary>
public static class PrintPage
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", Arial, sans-serif; margin: 0; background: #eee; color: #111; }
        .toolbar { padding: 8px 16px; background: #fff; border-bottom: 1px solid #ccc; }
        .sheet { background: #fff; width: 180mm; min-height: 257mm; margin: 12px auto; padding: 20mm 15mm; box-sizing: content-box; }
        table.fields { border-collapse: collapse; width: 100%; }
        table.fields th, table.fields td { border: 1px solid #999; padding: 4px 8px; text-align: left; vertical-align: top; }
        table.fields th { width: 30%; background: #f4f4f4; }
        .meta { color: #555; font-size: 0.9em; }
        .print-error { color: #b00020; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { background: none; }
          .toolbar { display: none; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; page-break-after: always; break-after: page; }
          .sheet:last-child { page-break-after: auto; break-after: auto; }
        }
        """;

    public static string Html(string title, CultureInfo culture, string body)
    {
        var chinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var hint = chinese ? "使用浏览器的打印（Ctrl+P）打印或另存为 PDF。" : "Use the browser's Print (Ctrl+P) to print or save as PDF.";
        return $"""
            <!DOCTYPE html>
            <html lang="{(chinese ? "zh-CN" : "en")}">
            <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title><style>{Style}</style></head>
            <body>
            <div class="toolbar">{hint}</div>
            {body}
            </body>
            </html>
            """;
    }
}
