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
    private readonly ConcurrentQueue<PooledContext> _idle = new();
    private readonly int _capacity = Environment.ProcessorCount * 4;

    public LiquidRenderer(ExpressionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
    }

    public ExpressionLimits Limits { get; }

    /// <summary>Renders <paramref name="template"/>; each model entry is a top-level name (e.g. <c>Variables</c>).</summary>
    public string Render(string template, IReadOnlyDictionary<string, JsonNode?> model) => Render(template, model, null);

    /// <summary>
    /// Renders <paramref name="template"/> with the names of <paramref name="model"/> plus <paramref name="extra"/>, which
    /// win on a clash. Saves callers merging the two into a new dictionary for every render.
    /// </summary>
    public string Render(string template, IReadOnlyDictionary<string, JsonNode?> model, IReadOnlyDictionary<string, JsonNode?>? extra)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var parsed = LiquidTemplates.Get(template);
        if (parsed.Shortcut is { } shortcut && shortcut.TryRender(model, extra, Limits.MaxOutputLength, out var quick))
        {
            return quick;
        }

        var globals = new ModelScriptObject(model, extra);
        var pooled = _idle.TryDequeue(out var idle) ? idle : new PooledContext(CreateContext(), new CancellationTokenSource());
        var context = pooled.Context;

        // Re-arming the context's own timer costs far less than a new CancellationTokenSource per render.
        pooled.Deadline.CancelAfter(Limits.TimeoutMilliseconds);
        context.CancellationToken = pooled.Deadline.Token;
        context.PushGlobal(globals);
        try
        {
            var output = parsed.Template.Render(context);
            context.PopGlobal();
            if (pooled.Deadline.TryReset() && _idle.Count < _capacity)
            {
                _idle.Enqueue(pooled);
            }
            else
            {
                pooled.Deadline.Dispose();
            }

            return output;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The failed context is dropped: its scope and output stacks may be left mid-render.
            pooled.Deadline.Dispose();
            throw LiquidErrors.Translate(e, Limits);
        }
    }

    private LiquidTemplateContext CreateContext()
    {
        var context = new LiquidTemplateContext
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
        LiquidFilters.AddTo(context.BuiltinObject);
        RefusedLiquidObject.AddTo(context.BuiltinObject);
        return context;
    }

    private sealed record PooledContext(LiquidTemplateContext Context, CancellationTokenSource Deadline);
}
