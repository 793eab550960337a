using FlowChannel.Forms.Regions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// The wording of validation messages, Chinese for Chinese readers and English otherwise. Each text follows the
/// field's label ("Email: must be a valid email address" / "联系邮箱：请输入有效的邮箱地址").
/// </summary>
internal static class ValidationText
{
    // A rejected value is echoed back; a client could send megabytes, so the echo is cut short.
    private const int EchoLength = 40;

    internal static string Required(bool zh) => zh ? "此项为必填项" : "is required";

    internal static string Type(bool zh, FieldType type) => zh ? "格式不正确，应为" + ChineseKind(type) : "must be " + EnglishKind(type);

    internal static string MinLength(bool zh, int n) => zh ? $"至少需要 {n} 个字符" : $"must be at least {n} characters";

    internal static string MaxLength(bool zh, int n) => zh ? $"最多 {n} 个字符" : $"must be at most {n} characters";

    internal static string Pattern(bool zh) => zh ? "格式不正确" : "is not in the expected format";

    internal static string PatternTimeout(bool zh) =>
        zh ? "格式校验超时，请联系表单管理员检查校验规则" : "could not be checked against its pattern in time; ask the form's owner to simplify it";

    internal static string Min(bool zh, decimal n, CultureInfo c) => zh ? $"不能小于 {Number(n, c)}" : $"must be at least {Number(n, c)}";

    internal static string Max(bool zh, decimal n, CultureInfo c) => zh ? $"不能大于 {Number(n, c)}" : $"must be at most {Number(n, c)}";

    internal static string Precision(bool zh, int places) => (zh, places) switch
    {
        (true, 0) => "必须是整数",
        (false, 0) => "must be a whole number",
        (true, _) => $"最多保留 {places} 位小数",
        _ => $"must have at most {places} decimal places",
    };

    internal static string Option(bool zh, string value) =>
        zh ? $"“{Echo(value)}”不是可选的选项" : $"\"{Echo(value)}\" is not one of the options";

    internal static string Email(bool zh) => zh ? "请输入有效的邮箱地址" : "must be a valid email address";

    internal static string Phone(bool zh) => zh ? "请输入有效的电话号码" : "must be a valid phone number";

    internal static string MaxItems(bool zh, int n) => zh ? $"最多 {n} 项" : $"must have at most {n} items";

    internal static string FormulaFailed(bool zh, string reason) => zh ? "公式计算出错：" + reason : "the formula failed: " + reason;

    internal static string FormulaResult(bool zh, FormulaResultType type, string value) => zh
        ? $"公式结果 {Echo(value)} 不是{type switch { FormulaResultType.Number or FormulaResultType.Money => "数字", FormulaResultType.Text => "文本", FormulaResultType.Date => "日期", _ => "是/否" }}"
        : $"the formula gave {Echo(value)}, which is not a {type.ToString().ToLowerInvariant()}";

    internal static string UnknownField(bool zh) => zh ? "不是此表单的字段" : "is not a field of this form";

    internal static string AttachmentMissing(bool zh, int index, string member) =>
        zh ? $"第 {index + 1} 个附件缺少“{member}”" : $"attachment {index + 1} has no \"{member}\"";

    internal static string AttachmentInvalid(bool zh, int index, string member) =>
        zh ? $"第 {index + 1} 个附件的“{member}”无效" : $"attachment {index + 1} has an invalid \"{member}\"";

    internal static string AddressMissing(bool zh, RegionLevel level) =>
        zh ? "请选择" + ChineseLevel(level) : "needs a " + EnglishLevel(level);

    internal static string AddressCodeType(bool zh, RegionLevel level) =>
        zh ? ChineseLevel(level) + "应为六位行政区划代码" : "the " + EnglishLevel(level) + " must be a six-digit region code";

    internal static string AddressUnknown(bool zh, RegionLevel level, string code) =>
        zh ? $"“{Echo(code)}”不是有效的{ChineseLevel(level)}代码" : $"\"{Echo(code)}\" is not a known {EnglishLevel(level)} code";

    internal static string AddressNotInside(bool zh, RegionLevel level, string code, string parentName) =>
        zh ? $"{ChineseLevel(level)}“{Echo(code)}”不属于{parentName}" : $"{EnglishLevel(level)} \"{Echo(code)}\" is not in {parentName}";

    internal static string Url(bool zh) => zh ? "请输入以 http:// 或 https:// 开头的网址" : "must be a web address starting with http:// or https://";

    internal static string Location(bool zh) => zh ? "位置需要有效的纬度（-90 至 90）和经度（-180 至 180）" : "needs a latitude from -90 to 90 and a longitude from -180 to 180";

    internal static string Reference(bool zh) => zh ? "引用无效，应为带 id 的对象" : "must be a reference with an \"id\"";

    internal static string RecordId(bool zh) => zh ? "关联的记录编号无效" : "must refer to a record by its id";

    internal static string MinRows(bool zh, int n) => zh ? $"至少需要 {n} 行" : $"needs at least {n} rows";

    internal static string MaxRows(bool zh, int n) => zh ? $"最多 {n} 行" : $"must have at most {n} rows";

    internal static string DuplicateRow(bool zh, int firstRow) =>
        zh ? $"与第 {firstRow + 1} 行重复" : $"repeats the value of row {firstRow + 1}";

    internal static string Duplicate(bool zh) => zh ? "该值已存在，不允许重复" : "is already used by another record";

    internal static string FileType(bool zh, string contentType) => zh ? $"不接受此类文件（{Echo(contentType)}）" : $"does not accept files of type {Echo(contentType)}";

    internal static string FileSize(bool zh, long max) => zh ? $"文件不能超过 {max / 1024.0:0.#} KB" : $"files must be at most {max / 1024.0:0.#} KB";

    internal static string OptionNotOffered(bool zh, string value) =>
        zh ? $"“{Echo(value)}”不适用于当前所选的上级选项" : $"\"{Echo(value)}\" is not offered for the current choice it depends on";

    internal static string CheckFailed(bool zh, string reason) => zh ? "校验公式出错：" + reason : "its check could not be computed: " + reason;

    private static string Number(decimal n, CultureInfo culture) => n.ToString("#,0.##########", culture);

    private static string Echo(string value) => value.Length <= EchoLength ? value : value[..EchoLength] + "…";

    private static string EnglishKind(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money or FieldType.Percent => "a number",
        FieldType.Rating => "a whole number of stars",
        FieldType.Date => "a date like 2025-03-31",
        FieldType.DateTime => "a date and time like 2025-03-31T09:30:00+08:00",
        FieldType.Time => "a time like 09:30",
        FieldType.Radio or FieldType.Select => "one of the options",
        FieldType.Checkbox or FieldType.MultiSelect => "a list of options",
        FieldType.Switch => "true or false",
        FieldType.Attachment => "a list of attachments",
        FieldType.Address => "an address with province, city and district codes",
        FieldType.Url => "a web address",
        FieldType.Location => "a location { lat, lng }",
        FieldType.Member or FieldType.Department or FieldType.Link => "a reference { id }",
        FieldType.Members or FieldType.Departments => "a list of references { id }",
        FieldType.Image => "a list of images",
        FieldType.Signature => "a signature image",
        FieldType.Subform => "a list of rows",
        _ => "text",
    };

    private static string EnglishLevel(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.City => "city",
        _ => "district",
    };

    private static string ChineseLevel(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省份",
        RegionLevel.City => "城市",
        _ => "区县",
    };

    private static string ChineseKind(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money or FieldType.Percent => "数字",
        FieldType.Rating => "整数星级",
        FieldType.Date => "日期（如 2025-03-31）",
        FieldType.DateTime => "日期时间（如 2025-03-31T09:30:00+08:00）",
        FieldType.Time => "时间（如 09:30）",
        FieldType.Radio or FieldType.Select => "单个选项",
        FieldType.Checkbox or FieldType.MultiSelect => "选项列表",
        FieldType.Switch => "是或否",
        FieldType.Attachment => "附件列表",
        FieldType.Address => "地址（省、市、区县代码）",
        FieldType.Url => "网址",
        FieldType.Location => "定位（纬度、经度）",
        FieldType.Member => "成员",
        FieldType.Members => "成员列表",
        FieldType.Department => "部门",
        FieldType.Departments => "部门列表",
        FieldType.Link => "关联记录",
        FieldType.Image => "图片列表",
        FieldType.Signature => "手写签名",
        FieldType.Subform => "子表单行列表",
        _ => "文本",
    };
}
