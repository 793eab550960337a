using Acornima;
using Acornima.Ast;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// Collects the free identifiers of a formula (with the first static member read from each, for <c>row.x</c> and
/// subform columns) and the plain-identifier calls, so unknown functions can be reported with their positions.
/// Declarations anywhere in the formula (variables, parameters) are excluded; formulas are short, so no scope analysis.
/// </summary>
internal sealed class FormulaReferenceWalker : AstVisitor
{
    private readonly List<(string Name, string? Member)> _used = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private bool _declaring;

    public List<(string Name, int Line, int Column)> Calls { get; } = [];

    public List<(string Name, int Line, int Column)> Assignments { get; } = [];

    public bool IsDeclared(string name) => _declared.Contains(name);

    public IEnumerable<(string Name, string? Member)> Used => _used.Where(u => !_declared.Contains(u.Name));

    protected override object? VisitIdentifier(Identifier node)
    {
        if (_declaring)
        {
            _declared.Add(node.Name);
        }
        else
        {
            _used.Add((node.Name, null));
        }

        return node;
    }

    protected override object? VisitMemberExpression(MemberExpression node)
    {
        if (node.Object is Identifier root && !node.Computed && node.Property is Identifier member)
        {
            _used.Add((root.Name, member.Name));
            return node;
        }

        Visit(node.Object);
        if (node.Computed)
        {
            Visit(node.Property);
        }

        return node;
    }

    protected override object? VisitCallExpression(CallExpression node)
    {
        if (node.Callee is Identifier callee)
        {
            Calls.Add((callee.Name, callee.Location.Start.Line, callee.Location.Start.Column + 1));
        }
        else
        {
            Visit(node.Callee);
        }

        foreach (var argument in node.Arguments)
        {
            Visit(argument);
        }

        return node;
    }

    protected override object? VisitAssignmentExpression(AssignmentExpression node)
    {
        if (node.Left is Identifier target)
        {
            Assignments.Add((target.Name, target.Location.Start.Line, target.Location.Start.Column + 1));
        }

        return base.VisitAssignmentExpression(node);
    }

    protected override object? VisitObjectProperty(ObjectProperty node)
    {
        if (node.Computed || node.Shorthand)
        {
            Visit(node.Key);
        }

        if (!node.Shorthand)
        {
            Visit(node.Value);
        }

        return node;
    }

    protected override object? VisitVariableDeclarator(VariableDeclarator node)
    {
        Declare(node.Id);
        if (node.Init is not null)
        {
            Visit(node.Init);
        }

        return node;
    }

    protected override object? VisitArrowFunctionExpression(ArrowFunctionExpression node)
    {
        foreach (var parameter in node.Params)
        {
            Declare(parameter);
        }

        Visit(node.Body);
        return node;
    }

    protected override object? VisitFunctionExpression(FunctionExpression node)
    {
        VisitFunction(node.Id, node.Params, node.Body);
        return node;
    }

    protected override object? VisitFunctionDeclaration(FunctionDeclaration node)
    {
        VisitFunction(node.Id, node.Params, node.Body);
        return node;
    }

    // A function's own name and parameters are local names, not field references.
    private void VisitFunction(Identifier? id, NodeList<Node> parameters, Node body)
    {
        if (id is not null)
        {
            Declare(id);
        }

        foreach (var parameter in parameters)
        {
            Declare(parameter);
        }

        Visit(body);
    }

    protected override object? VisitCatchClause(CatchClause node)
    {
        if (node.Param is not null)
        {
            Declare(node.Param);
        }

        Visit(node.Body);
        return node;
    }

    protected override object? VisitLabeledStatement(LabeledStatement node)
    {
        Visit(node.Body);
        return node;
    }

    protected override object? VisitBreakStatement(BreakStatement node) => node;

    protected override object? VisitContinueStatement(ContinueStatement node) => node;

    private void Declare(Node pattern)
    {
        var outer = _declaring;
        _declaring = true;
        Visit(pattern);
        _declaring = outer;
    }
}
