global using System.Globalization;
global using System.Text.Json.Nodes;
global using BenchmarkDotNet.Attributes;
