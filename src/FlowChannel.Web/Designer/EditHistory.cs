namespace FlowChannel.Web.Designer;

/// <summary>
/// Undo and redo as a stack of whole-schema snapshots: every kind of edit (canvas, panels, JSON view) goes through
/// one path, and a form schema is small enough that a copy per edit costs less than inverse commands would.
/// </summary>
public sealed class EditHistory(int limit = 200)
{
    private readonly LinkedList<string> _undo = new();
    private readonly Stack<string> _redo = new();

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Remembers the state before an edit; a new edit makes the undone ones unreachable.</summary>
    public void Record(string before)
    {
        _undo.AddLast(before);
        if (_undo.Count > limit)
        {
            _undo.RemoveFirst();
        }
        _redo.Clear();
    }

    /// <summary>The state to go back to, given the current one; null when there is nothing to undo.</summary>
    public string? Undo(string current)
    {
        if (_undo.Last is not { } last)
        {
            return null;
        }
        _undo.RemoveLast();
        _redo.Push(current);
        return last.Value;
    }

    public string? Redo(string current)
    {
        if (!_redo.TryPop(out var next))
        {
            return null;
        }
        _undo.AddLast(current);
        return next;
    }
}
