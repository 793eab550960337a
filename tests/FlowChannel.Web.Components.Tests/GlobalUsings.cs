global using System.Globalization;
global using System.Text.Json.Nodes;
global using Bunit;
global using FlowChannel.Forms.Schema;
global using FlowChannel.Web.Components.Forms;
