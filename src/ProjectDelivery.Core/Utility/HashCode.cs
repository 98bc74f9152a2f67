#if NETSTANDARD2_0
using System.Collections.Generic;

namespace System;

/// <summary>
/// Hash combining for the netstandard2.0 build, where the framework's <c>System.HashCode</c> does not exist: with it
/// a .NET Framework host (a report server) deploys one assembly fewer (no Microsoft.Bcl.HashCode). The other builds
/// use the framework type. Hash codes are for in-memory tables only, never stored, so the values may differ
/// between builds.
/// </summary>
internal struct HashCode
{
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;

    private uint _hash;

    /// <summary>Combines two values' hash codes.</summary>
    public static int Combine<T1, T2>(T1 value1, T2 value2)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        return hash.ToHashCode();
    }

    /// <summary>Combines three values' hash codes.</summary>
    public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        return hash.ToHashCode();
    }

    /// <summary>Combines four values' hash codes.</summary>
    public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        return hash.ToHashCode();
    }

    /// <summary>Combines five values' hash codes.</summary>
    public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        hash.Add(value5);
        return hash.ToHashCode();
    }

    /// <summary>Combines six values' hash codes.</summary>
    public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        hash.Add(value5);
        hash.Add(value6);
        return hash.ToHashCode();
    }

    /// <summary>Combines seven values' hash codes.</summary>
    public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7)
    {
        var hash = default(HashCode);
        hash.Add(value1);
        hash.Add(value2);
        hash.Add(value3);
        hash.Add(value4);
        hash.Add(value5);
        hash.Add(value6);
        hash.Add(value7);
        return hash.ToHashCode();
    }

    /// <summary>Adds a value's hash code (0 for null) to the combination.</summary>
    public void Add<T>(T value)
    {
        uint code = value is null ? 0U : (uint)EqualityComparer<T>.Default.GetHashCode(value);
        _hash = RotateLeft(_hash + (code * Prime3), 17) * Prime4;
    }

    /// <summary>The combined hash code, avalanched so that nearby inputs spread over the whole range.</summary>
    public readonly int ToHashCode()
    {
        uint hash = _hash;
        hash ^= hash >> 15;
        hash *= Prime2;
        hash ^= hash >> 13;
        hash *= Prime3;
        hash ^= hash >> 16;
        return (int)hash;
    }

    private static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
}
#endif
