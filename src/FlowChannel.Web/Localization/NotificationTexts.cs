namespace FlowChannel.Web.Localization;

/// <summary>The words of the notification bell and centre and of the email settings.</summary>
internal static class NotificationTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["notify.Bell"] = ("Notifications", "通知"),
        ["notify.Title"] = ("Notifications", "通知中心"),
        ["notify.UnreadOnly"] = ("Unread only", "仅未读"),
        ["notify.MarkAllRead"] = ("Mark all read", "全部标为已读"),
        ["notify.MarkRead"] = ("Mark read", "标为已读"),
        ["notify.None"] = ("No notifications.", "暂无通知。"),
        ["notify.Copy"] = ("copy", "抄送"),
        ["notify.OpenTask"] = ("Open the task", "打开待办"),
        ["notify.OpenRecord"] = ("Open the record", "打开记录"),
        ["mail.Nav"] = ("Email", "邮件"),
        ["mail.Title"] = ("Email settings", "邮件设置"),
        ["mail.FromConfiguration"] = ("In force: the server's configuration (FlowChannel:Email). Saving here overrides it.", "当前生效：服务器配置（FlowChannel:Email）。在此保存将覆盖它。"),
        ["mail.FromApp"] = ("In force: the settings saved here, over the server's configuration.", "当前生效：此处保存的设置（覆盖服务器配置）。"),
        ["mail.Host"] = ("SMTP host", "SMTP 服务器"),
        ["mail.HostEmpty"] = ("empty: pickup folder", "留空：写入投递文件夹"),
        ["mail.Port"] = ("Port", "端口"),
        ["mail.Security"] = ("TLS", "TLS 加密"),
        ["mail.User"] = ("User name", "用户名"),
        ["mail.Password"] = ("Password", "密码"),
        ["mail.PasswordKept"] = ("saved; type to replace", "已保存；输入以替换"),
        ["mail.ClearPassword"] = ("Remove the password", "清除密码"),
        ["mail.From"] = ("Sender address", "发件人地址"),
        ["mail.Pickup"] = ("Without a host, messages are written to {0}.", "未设置服务器时，邮件写入 {0}。"),
        ["mail.Save"] = ("Save", "保存"),
        ["mail.Saved"] = ("Email settings saved.", "邮件设置已保存。"),
    };
}
