global using System.Text.Json.Nodes;
global using FlowChannel.Expressions;
global using FlowChannel.Workflows.Activities;
global using FlowChannel.Workflows.Effects;
global using FlowChannel.Workflows.Model;
global using FlowChannel.Workflows.Runtime;
global using FlowChannel.Workflows.Serialization;
global using FlowChannel.Workflows.Activities.Platform.Approvals;
