global using System.Globalization;
global using System.Text.Json;
global using System.Text.Json.Nodes;
