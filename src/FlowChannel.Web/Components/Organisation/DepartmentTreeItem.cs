using FlowChannel.Application.Directory;
using FlowChannel.Application.Organisation.Departments;

namespace FlowChannel.Web.Components.Organisation;

/// <summary>A department with its children, as the tree component wants it (the API and use case give a flat list).</summary>
public sealed record DepartmentTreeItem(DepartmentNode Node, IReadOnlyList<DepartmentTreeItem> Children)
{
    public bool HasChildren => Children.Count > 0;

    /// <summary>The name in the reader's language; the tree reads a direct property (it cannot follow <c>Node.Name</c>).</summary>
    public string Name => DepartmentNames.For(Node.Name, Node.NameEn);

    public static IReadOnlyList<DepartmentTreeItem> Build(IReadOnlyList<DepartmentNode> nodes)
    {
        var byParent = nodes.ToLookup(n => n.ParentId);
        // The use case prevents cycles, so every department is reached from a root exactly once.
        IReadOnlyList<DepartmentTreeItem> Under(Guid? parent) =>
            byParent[parent].OrderBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.Ordinal)
                .Select(n => new DepartmentTreeItem(n, Under(n.Id))).ToList();
        return Under(null);
    }
}
