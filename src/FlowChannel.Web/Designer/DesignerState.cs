using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>
/// What the designer's canvas works with besides the schema: the selected item, what is being dragged, and the
/// keyboard. Kept out of the components so that every gesture is a method a unit test can call.
/// </summary>
public sealed class DesignerState(FormDocument document)
{
    public FormDocument Document { get; } = document;

    public FormEditor Editor { get; } = new(document);

    public PropertyEditor Properties { get; } = new(document);

    public FormRules Rules { get; } = new(document);

    /// <summary>The selected item's pointer, or null when nothing is.</summary>
    public string? Selected { get; set; }

    /// <summary>A palette type being dragged in, or null.</summary>
    public FieldType? DraggingType { get; private set; }

    /// <summary>An item of the canvas being dragged, or null.</summary>
    public string? DraggingItem { get; private set; }

    public void StartDrag(FieldType type) => (DraggingType, DraggingItem) = (type, null);

    public void StartDrag(string item) => (DraggingType, DraggingItem) = (null, item);

    public void EndDrag() => (DraggingType, DraggingItem) = (null, null);

    /// <summary>Drops what is being dragged into <paramref name="list"/> at <paramref name="index"/>; true when something landed.</summary>
    public bool Drop(string list, int index)
    {
        var landed = DraggingType is { } type ? Editor.Add(type, list, index)
            : DraggingItem is { } item ? Editor.Move(item, list, index)
            : null;
        EndDrag();
        if (landed is not null)
        {
            Selected = landed;
        }
        return landed is not null;
    }

    /// <summary>
    /// Adds a palette item (a click or Enter on the palette): into a selected subform, tab or column (its first pane),
    /// else after the selection, else at the end of the form. The keyboard's way of dropping into a container.
    /// </summary>
    public void AddNearSelection(FieldType type)
    {
        if (Selected is { } container && SchemaItems.ChildLists(Document.Root, container) is [var pane, ..]
            && Editor.Add(type, pane, int.MaxValue) is { } inside)
        {
            Selected = inside;
            return;
        }
        var (list, index) = Selected is { } s && SchemaPointer.Resolve(Document.Root, s) is not null
            ? SchemaPointer.Split(s) : (SchemaPointer.Root, int.MaxValue);
        Selected = Editor.Add(type, list, index == int.MaxValue ? index : index + 1) ?? Editor.Add(type, SchemaPointer.Root, int.MaxValue) ?? Selected;
    }

    /// <summary>
    /// The canvas keys: arrows (and Tab, by focus) select, Alt+arrows move, Delete removes, Ctrl+D duplicates,
    /// Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo. True when the key did something.
    /// </summary>
    public bool HandleKey(string key, bool alt, bool ctrl, bool shift)
    {
        switch (key)
        {
            case "z" or "Z" when ctrl && !shift:
                return Document.Undo() && KeepSelection();
            case "y" or "Y" or "z" or "Z" when ctrl:
                return Document.Redo() && KeepSelection();
            case "d" or "D" when ctrl && Selected is not null:
                return Set(Editor.Duplicate(Selected));
            case "Delete" or "Backspace" when Selected is not null:
                Selected = Editor.Remove(Selected);
                return true;
            case "ArrowUp" or "ArrowDown" when alt && Selected is not null:
                return Set(Editor.MoveBy(Selected, key == "ArrowUp" ? -1 : 1));
            case "ArrowUp" or "ArrowDown":
                return Step(key == "ArrowUp" ? -1 : 1);
            case "Escape":
                Selected = null;
                return true;
            default:
                return false;
        }
    }

    private bool Step(int delta)
    {
        var all = SchemaItems.InOrder(Document.Root);
        if (all.Count == 0)
        {
            return false;
        }
        var at = Selected is null ? -1 : IndexOf(all, Selected);
        var next = at < 0 ? (delta > 0 ? 0 : all.Count - 1) : Math.Clamp(at + delta, 0, all.Count - 1);
        Selected = all[next];
        return true;
    }

    private static int IndexOf(IReadOnlyList<string> all, string item)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == item)
            {
                return i;
            }
        }
        return -1;
    }

    private bool Set(string? item)
    {
        if (item is null)
        {
            return false;
        }
        Selected = item;
        return true;
    }

    // After undo or redo the selected pointer may name nothing; keep it only while it still does.
    private bool KeepSelection()
    {
        if (Selected is not null && SchemaPointer.Resolve(Document.Root, Selected) is null)
        {
            Selected = null;
        }
        return true;
    }
}
