namespace FlowChannel.Web.Localization;

/// <summary>The words of template pack installation and export.</summary>
internal static class PackTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["pack.Title"] = ("Template packs", "模板包"),
        ["pack.Installed"] = ("Installed", "已安装"),
        ["pack.Catalogue"] = ("Built-in catalogue", "内置模板"),
        ["pack.Upload"] = ("Install from a file", "从文件安装"),
        ["pack.Id"] = ("Id", "标识"),
        ["pack.Name"] = ("Name", "名称"),
        ["pack.Version"] = ("Version", "版本"),
        ["pack.Forms"] = ("Forms", "表单"),
        ["pack.Workflows"] = ("Workflows", "流程"),
        ["pack.InstalledAt"] = ("Installed at", "安装时间"),
        ["pack.Export"] = ("Export", "导出"),
        ["pack.InstalledVersion"] = ("installed: {0}", "已安装：{0}"),
        ["pack.Contents"] = ("{0} forms, {1} workflows, {2} roles", "{0} 个表单，{1} 个流程，{2} 个角色"),
        ["pack.Preview"] = ("Preview", "预览"),
        ["pack.Install"] = ("Install", "安装"),
        ["pack.SampleData"] = ("With sample data", "包含示例数据"),
        ["pack.Refused"] = ("The pack was refused; nothing was changed.", "模板包未通过检查，未做任何更改。"),
        ["pack.File"] = ("File", "文件"),
        ["pack.Pointer"] = ("Place (JSON pointer)", "位置（JSON 指针）"),
        ["pack.Problem"] = ("Problem", "问题"),
        ["pack.PreviewOf"] = ("Preview of {0} {1}: nothing has been written yet.", "{0} {1} 的预览：尚未写入任何内容。"),
        ["pack.Done"] = ("{0} {1} is installed.", "{0} {1} 已安装。"),
        ["pack.Action"] = ("Change", "变更"),
        ["pack.Kind"] = ("Kind", "类型"),
        ["pack.Detail"] = ("Detail", "说明"),
        ["pack.Action.create"] = ("Create", "新建"),
        ["pack.Action.upgrade"] = ("Upgrade", "升级"),
        ["pack.Action.unchanged"] = ("Unchanged", "不变"),
        ["pack.Action.kept"] = ("Kept as here", "保留本地"),
        ["pack.Action.remove"] = ("Remove", "移除"),
        ["pack.Kind.form"] = ("Form", "表单"),
        ["pack.Kind.workflow"] = ("Workflow", "流程"),
        ["pack.Kind.role"] = ("Role", "角色"),
        ["pack.Kind.permissionSet"] = ("Permission set", "权限组"),
        ["pack.Kind.file"] = ("File", "文件"),
        ["pack.Kind.sampleData"] = ("Sample data", "示例数据"),
        ["pack.DemoAccountsNote"] = (
            "Demo accounts were created with the sample data. Note these passwords now: they are shown only this once. "
            + "Have each user change theirs after signing in.",
            "已随示例数据创建演示账号。请立即记下这些密码：它们只显示这一次。请让每位用户登录后修改自己的密码。"),
        ["pack.DemoUser"] = ("User name", "用户名"),
        ["pack.DemoRole"] = ("Role", "角色"),
        ["pack.DemoPassword"] = ("Password", "密码"),
        ["pack.DemoPasswordConfigured"] = ("as set in FLOWCHANNEL_SAMPLE_PASSWORD", "即 FLOWCHANNEL_SAMPLE_PASSWORD 中设置的密码"),
        ["pack.Nav"] = ("Template packs", "模板包"),
    };
}
