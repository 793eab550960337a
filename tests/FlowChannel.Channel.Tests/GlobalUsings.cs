global using System.Globalization;
global using FlowChannel.Channel.Common;
