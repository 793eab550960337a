using System.Text.Json.Nodes;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>A host function callable from scripts; receives the evaluation's context and the call's arguments.</summary>
public delegate JsonNode? ScriptFunction<in TContext>(TContext context, ScriptArguments arguments);
