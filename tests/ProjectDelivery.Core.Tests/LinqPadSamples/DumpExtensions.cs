using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;

namespace ProjectDelivery.Tests.LinqPadSamples;

/// <summary>
/// A stand-in for LINQPad's <c>Dump</c> so that the sample twins compile and run here: like LINQPad it calls a
/// public parameterless <c>ToDump()</c> when the value has one, and it records what would have been shown.
/// </summary>
internal static class DumpExtensions
{
    private static readonly AsyncLocal<List<(string? Description, object? Shown)>?> Recorded = new();

    public static T Dump<T>(this T value, string? description = null)
    {
        MethodInfo? toDump = value?.GetType().GetMethod("ToDump", BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
        object? shown = toDump is null ? value : toDump.Invoke(value, null);
        Recorded.Value?.Add((description, shown));
        return value;
    }

    /// <summary>Runs a sample's private <c>Main</c> and returns what it dumped, in order.</summary>
    public static IReadOnlyList<(string? Description, object? Shown)> Run(object sample)
    {
        var list = new List<(string?, object?)>();
        Recorded.Value = list;
        try
        {
            MethodInfo main = sample.GetType().GetMethod("Main", BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{sample.GetType().Name} has no Main().");
            main.Invoke(sample, null);
        }
        finally
        {
            Recorded.Value = null;
        }

        return list;
    }
}
