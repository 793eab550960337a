global using System.Text.Json.Nodes;
global using FlowChannel.Expressions.JavaScript;
global using FlowChannel.Expressions.Liquid;
