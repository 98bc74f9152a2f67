using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ProjectDelivery.Utility;

/// <summary>
/// Argument checks shared by every value and aggregate in the library, so that messages are uniform
/// and always name the offending parameter and value.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T CheckNotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            ThrowOutOfRange(paramName, value, min, max);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            ThrowOutOfRange(paramName, value, min, max);
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckFinite(string paramName, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be a finite number (not NaN or infinity).");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="expression"/> is false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// The rows of a report, copied: throws <see cref="ArgumentException"/> when a row is null (<c>"{noun} 3 is null."</c>) or two rows
    /// have the same id (<c>"{noun} 'A-1' is listed twice."</c>).
    /// </summary>
    internal static T[] CheckRowsWithUniqueIds<T>(System.Collections.Generic.IEnumerable<T> rows, Func<T, string> idOf, string paramName, string noun)
        where T : class
    {
        T[] copy = System.Linq.Enumerable.ToArray(CheckNotNull(rows, paramName));
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < copy.Length; i++)
        {
            CheckArgument(copy[i] is not null, paramName, $"{noun} {i} is null.");
            CheckArgument(seen.Add(idOf(copy[i])), paramName, $"{noun} '{idOf(copy[i])}' is listed twice.");
        }

        return copy;
    }

    /// <summary>Debug-only invariant check for hot loops.</summary>
    [Conditional("DEBUG")]
    internal static void DebugCheck(bool expression, string message)
    {
        if (!expression)
        {
            throw new InvalidOperationException("Internal invariant violated: " + message);
        }
    }

    private static void ThrowOutOfRange<T>(string paramName, T value, T min, T max) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{min}, {max}]");
}
