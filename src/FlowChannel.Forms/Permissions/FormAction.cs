namespace FlowChannel.Forms.Permissions;

/// <summary>What a permission set lets its members do with a form's records (the actions of a Jiandaoyun 权限组).</summary>
public static class FormAction
{
    public const string View = "view";
    public const string Add = "add";
    public const string Edit = "edit";
    public const string Delete = "delete";
    public const string Import = "import";
    public const string Export = "export";
    public const string Print = "print";
    public const string BatchEdit = "batchEdit";

    /// <summary>Change the approver, end or reactivate a record's flow.</summary>
    public const string ManageFlow = "manageFlow";

    public static readonly IReadOnlyList<string> All = [View, Add, Edit, Delete, Import, Export, Print, BatchEdit, ManageFlow];

    public static bool IsKnown(string action) => All.Contains(action, StringComparer.Ordinal);
}
