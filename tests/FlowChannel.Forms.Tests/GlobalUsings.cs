global using System.Globalization;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using FlowChannel.Forms.Schema;
global using FlowChannel.Forms.Validation;
