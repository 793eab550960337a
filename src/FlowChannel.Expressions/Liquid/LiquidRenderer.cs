using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// Renders Liquid templates (parsed by Scriban) over a JSON model, with the loop, recursion, output and time limits of
/// <see cref="ExpressionLimits"/> and no access to .NET members. Thread-safe; keep one per set of limits.
/// Every failure is an <see cref="ExpressionException"/>.
/// </summary>
public sealed class LiquidRenderer
{
    // A template context builds Scriban's whole built-in library (about 20 µs), so contexts are reused.
    private readonly ConcurrentQueue<LiquidTemplateContext> _idle = new();
    private readonly int _capacity = Environment.ProcessorCount * 4;

    public LiquidRenderer(ExpressionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
    }

    public ExpressionLimits Limits { get; }

    /// <summary>Renders <paramref name="template"/>; each model entry is a top-level name (e.g. <c>Variables</c>).</summary>
    public string Render(string template, IReadOnlyDictionary<string, JsonNode?> model)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var parsed = LiquidTemplates.Get(template);
        var globals = new ScriptObject();
        foreach (var (name, value) in model)
        {
            globals[name] = JsonModel.Wrap(value);
        }

        var context = _idle.TryDequeue(out var idle) ? idle : CreateContext();
        using var deadline = new CancellationTokenSource(Limits.TimeoutMilliseconds);
        context.CancellationToken = deadline.Token;
        context.PushGlobal(globals);
        try
        {
            var output = parsed.Render(context);
            context.PopGlobal();
            context.CancellationToken = CancellationToken.None;
            if (_idle.Count < _capacity)
            {
                _idle.Enqueue(context);
            }

            return output;
        }
        catch (ScriptRuntimeException e)
        {
            // The failed context is dropped: its scope and output stacks may be left mid-render.
            throw LiquidErrors.Translate(e, Limits);
        }
    }

    private LiquidTemplateContext CreateContext() => new()
    {
        LoopLimit = Limits.LoopLimit,
        RecursiveLimit = Limits.MaxRecursionDepth,
        ObjectRecursionLimit = Limits.MaxRecursionDepth,
        OutputLimit = Limits.MaxOutputLength,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        LimitToString = Limits.MaxOutputLength,
        RegexTimeOut = TimeSpan.FromMilliseconds(Limits.TimeoutMilliseconds),
        TemplateLoader = null,

        // Refuses reflection on any .NET object: templates only see the JSON model and Scriban's built-ins.
        MemberFilter = static _ => false,
    };
}
