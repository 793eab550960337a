namespace FlowChannel.Forms.Permissions;

/// <summary>
/// The ready-made sets a form author starts from (as Jiandaoyun's 直接提交 / 管理本人数据 / 查看全部数据 / 管理全部数据).
/// A set written with a preset takes its actions and scope unless it states its own.
/// </summary>
public static class PermissionPresets
{
    public const string SubmitOnly = "submitOnly";
    public const string ManageMyData = "manageMyData";
    public const string ViewAll = "viewAll";
    public const string ManageAll = "manageAll";

    public static readonly IReadOnlyList<string> Names = [SubmitOnly, ManageMyData, ViewAll, ManageAll];

    public static (IReadOnlySet<string> Actions, DataScope Scope, FieldRight FieldDefault)? Find(string name) => name switch
    {
        // Submitting includes following one's own submissions.
        SubmitOnly => (Set(FormAction.Add, FormAction.View), DataScope.CreatedByMe, FieldRight.Edit),
        ManageMyData => (Set(FormAction.Add, FormAction.View, FormAction.Edit, FormAction.Delete, FormAction.Print), DataScope.CreatedByMe, FieldRight.Edit),
        ViewAll => (Set(FormAction.View, FormAction.Export, FormAction.Print), DataScope.All, FieldRight.Read),
        ManageAll => (Set([.. FormAction.All]), DataScope.All, FieldRight.Edit),
        _ => null,
    };

    private static HashSet<string> Set(params string[] actions) => new(actions, StringComparer.Ordinal);
}
