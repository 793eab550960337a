namespace FlowChannel.Web.Localization;

/// <summary>The words of outgoing webhooks administration.</summary>
internal static class WebhookTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
        ["hook.Nav"] = ("Webhooks", "Webhook"),
        ["hook.Title"] = ("Outgoing webhooks", "外发 Webhook"),
        ["hook.Form"] = ("Form", "表单"),
        ["hook.New"] = ("New webhook", "新建 Webhook"),
        ["hook.None"] = ("This form has no webhooks.", "该表单没有 Webhook。"),
        ["hook.Name"] = ("Name", "名称"),
        ["hook.Url"] = ("URL", "地址"),
        ["hook.Events"] = ("Events", "事件"),
        ["hook.Rights"] = ("Fields sent", "发送的字段"),
        ["hook.RightsSet"] = ("as set {0}", "按权限组 {0}"),
        ["hook.RightsRole"] = ("as role {0}", "按角色 {0}"),
        ["hook.RightsDefault"] = ("only fields every set shows", "仅所有权限组都可见的字段"),
        ["hook.RightsSetLabel"] = ("Field rights of set", "字段权限取自权限组"),
        ["hook.RightsRoleLabel"] = ("or of role", "或角色"),
        ["hook.RightsHint"] = ("Fields hidden by these rights are never sent. With neither, only the fields every permission set of the form shows are sent.",
            "这些权限隐藏的字段不会被发送。两者都不选时，只发送该表单所有权限组都可见的字段。"),
        ["hook.Active"] = ("Enabled", "启用"),
        ["hook.Save"] = ("Save", "保存"),
        ["hook.Cancel"] = ("Cancel", "取消"),
        ["hook.Edit"] = ("Edit", "编辑"),
        ["hook.Delete"] = ("Delete", "删除"),
        ["hook.Rotate"] = ("New secret", "更换密钥"),
        ["hook.Log"] = ("Deliveries", "投递记录"),
        ["hook.LogOf"] = ("Deliveries of {0}", "{0} 的投递记录"),
        ["hook.Refresh"] = ("Refresh", "刷新"),
        ["hook.SecretOnce"] = ("Copy the signing secret now; it is not shown again:", "请立即复制签名密钥，它不会再次显示："),
        ["hook.NoDeliveries"] = ("Nothing sent yet.", "尚无投递。"),
        ["hook.At"] = ("Created", "创建时间"),
        ["hook.Event"] = ("Event", "事件"),
        ["hook.State"] = ("State", "状态"),
        ["hook.State.pending"] = ("waiting to retry", "等待重试"),
        ["hook.State.delivered"] = ("delivered", "已送达"),
        ["hook.State.abandoned"] = ("given up", "已放弃"),
        ["hook.Attempts"] = ("Status codes", "状态码"),
        ["hook.LastError"] = ("Last error", "最近错误"),
        ["hook.NextAttempt"] = ("Next attempt", "下次尝试"),
        ["hook.Resend"] = ("Resend", "重新发送"),
    };
}
