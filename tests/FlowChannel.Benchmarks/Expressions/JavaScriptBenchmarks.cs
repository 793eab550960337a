using FlowChannel.Expressions;
using Jint;
using FlowChannel.Expressions.JavaScript;

namespace FlowChannel.Benchmarks.Expressions;

/// <summary>
/// A workflow's JavaScript expression, as the runtime evaluates it: parsed and prepared once, then run on a pooled
/// sandboxed engine with its limits. The reference, measured in the same run, is what it would cost without the
/// cache: a new engine with the same limits that parses the text every time.
/// </summary>
[MemoryDiagnoser]
public class JavaScriptBenchmarks
{
    private const string Script = "[86, 72, 90, 64, 88].map(s => s * 1.1).filter(s => s >= 70).reduce((a, b) => a + b, 0) >= 300 ? 'approve' : 'review'";

    private readonly JavaScriptEvaluator _evaluator = new(ExpressionLimits.Default);

    [GlobalSetup]
    public void Setup()
    {
        if ((string?)_evaluator.Evaluate(Script) != "approve" || UncachedReference().ToString() != "approve")
        {
            throw new InvalidOperationException("The benchmark expression should evaluate to 'approve'.");
        }

        SteadyState.Reach(() => _evaluator.Evaluate(Script));
    }

    [Benchmark]
    public JsonNode? CachedPreparedScript() => _evaluator.Evaluate(Script);

    [Benchmark]
#pragma warning disable CA1822 // BenchmarkDotNet runs instance methods; the reference must be one like the measured method.
    public Jint.Native.JsValue UncachedReference()
    {
        var limits = ExpressionLimits.Default;
        var engine = new Jint.Engine(options => options
            .LimitMemory(limits.MemoryBytes)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursionDepth)
            .TimeoutInterval(TimeSpan.FromMilliseconds(limits.TimeoutMilliseconds)));
        return engine.Evaluate(Script);
    }
#pragma warning restore CA1822
}
