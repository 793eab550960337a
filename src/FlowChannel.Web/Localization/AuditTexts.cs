namespace FlowChannel.Web.Localization;

/// <summary>The words of the audit log page (<c>/admin/audit</c>), kept apart from <see cref="UiTexts"/>. Keys start with <c>audit.</c>.</summary>
internal static class AuditTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["audit.Title"] = ("Audit log", "审计日志"),
        ["audit.From"] = ("From", "开始时间"),
        ["audit.To"] = ("Until", "结束时间"),
        ["audit.User"] = ("User name or id", "用户名或用户 ID"),
        ["audit.Action"] = ("Action (starts with)", "操作（前缀匹配）"),
        ["audit.ObjectType"] = ("Object type", "对象类型"),
        ["audit.ObjectId"] = ("Object id", "对象 ID"),
        ["audit.Search"] = ("Search", "查询"),
        ["audit.Sequence"] = ("#", "序号"),
        ["audit.At"] = ("Time", "时间"),
        ["audit.UserColumn"] = ("User", "用户"),
        ["audit.ActionColumn"] = ("Action", "操作"),
        ["audit.Object"] = ("Object", "对象"),
        ["audit.Detail"] = ("Detail", "详情"),
        ["audit.System"] = ("system", "系统"),
        ["audit.None"] = ("No entries match.", "没有符合条件的记录。"),
        ["audit.Verify"] = ("Verify the chain", "校验审计链"),
        ["audit.Intact"] = ("The audit chain is intact: {0} entries; the last hash is {1}.", "审计链完整：共 {0} 条记录，最新哈希为 {1}。"),
        ["audit.BrokenAt"] = ("The audit chain is broken at entry {0}: {1}.", "审计链在第 {0} 条记录处断开：{1}。"),
        ["audit.BrokenOutside"] = ("The audit chain is broken: {0}.", "审计链已被破坏：{0}。"),
        ["audit.check.HashMismatch"] = ("the entry was changed (its hash does not match)", "记录被修改（哈希不符）"),
        ["audit.check.BrokenLink"] = ("the link to the entry before it is broken", "与上一条记录的链接断开"),
        ["audit.check.Gap"] = ("an entry is missing", "缺少记录"),
        ["audit.check.HeadMismatch"] = ("the end of the log was removed or rewritten", "日志末尾被删除或改写"),
        ["audit.check.Unchained"] = ("a row was inserted outside the application", "存在绕过应用插入的记录"),
    };
}
