namespace FlowChannel.Web.Localization;

/// <summary>The words of permission-set administration.</summary>
internal static class PermissionTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["perm.Title"] = ("Permission sets", "权限组"),
        ["perm.TitleOf"] = ("Permission sets of {0}", "{0} 的权限组"),
        ["perm.New"] = ("New set", "新建权限组"),
        ["perm.Key"] = ("Key", "标识"),
        ["perm.NameZh"] = ("Name (Chinese)", "名称（中文）"),
        ["perm.NameEn"] = ("Name (English)", "名称（英文）"),
        ["perm.Members"] = ("Members", "成员"),
        ["perm.Roles"] = ("Roles", "角色"),
        ["perm.Users"] = ("Users", "用户"),
        ["perm.Actions"] = ("Actions", "操作权限"),
        ["perm.Scope"] = ("Records", "数据范围"),
        ["perm.MemberField"] = ("or where this member field is me", "或此成员字段为本人"),
        ["perm.FieldDefault"] = ("Fields not listed", "未列出的字段"),
        ["perm.Field"] = ("Field", "字段"),
        ["perm.Right.hidden"] = ("Hidden", "不可见"),
        ["perm.Right.read"] = ("Read", "可见"),
        ["perm.Right.edit"] = ("Edit", "可编辑"),
        ["perm.Options"] = ("Options they may set", "可设置的选项"),
        ["perm.AnyOption"] = ("Any option", "任意选项"),
        ["perm.OptionsHint"] = ("Members may set only these options; a record's current value may always stay.",
            "成员只能设置这些选项；记录的当前值始终可以保留。"),
        ["perm.Preset"] = ("Preset", "预设"),
        ["perm.ApplyPreset"] = ("Apply preset", "套用预设"),
        ["perm.Origin"] = ("Origin", "来源"),
        ["perm.Customised"] = ("customised (kept on pack upgrade)", "已自定义（模板包升级时保留）"),
        ["perm.FromPack"] = ("from pack {0}", "来自模板包 {0}"),
        ["perm.FromForm"] = ("from the form", "来自表单"),
        ["perm.Edit"] = ("Edit", "编辑"),
        ["perm.Delete"] = ("Delete", "删除"),
        ["perm.Save"] = ("Save", "保存"),
        ["perm.Cancel"] = ("Cancel", "取消"),
        ["perm.Saved"] = ("Permission set {0} saved.", "权限组 {0} 已保存。"),
        ["perm.Deleted"] = ("Permission set {0} deleted.", "权限组 {0} 已删除。"),
    };
}
