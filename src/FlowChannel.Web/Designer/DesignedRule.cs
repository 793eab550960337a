namespace FlowChannel.Web.Designer;

/// <summary>
/// One rule as the rule editor lists it: "when <see cref="Condition"/> then <see cref="Action"/> <see cref="Targets"/>".
/// Fields sharing the same action and condition show as one rule; <see cref="Targets"/> are field keys.
/// </summary>
public sealed record DesignedRule(RuleAction Action, string Condition, IReadOnlyList<string> Targets);
