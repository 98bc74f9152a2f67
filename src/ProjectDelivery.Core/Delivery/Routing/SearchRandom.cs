using System;
using System.Runtime.CompilerServices;

namespace ProjectDelivery.Delivery.Routing;

/// <summary>
/// Small fast pseudo-random generator (xoshiro128**-style state seeded by SplitMix64) so that a seed gives the
/// same search on every target framework. Not thread-safe; one per search thread.
/// </summary>
/// <remarks>Blackman and Vigna (2021), "Scrambled linear pseudorandom number generators", ACM TOMS 47(4).</remarks>
internal sealed class SearchRandom
{
    private uint _s0;
    private uint _s1;
    private uint _s2;
    private uint _s3;

    internal SearchRandom(ulong seed)
    {
        ulong z = seed;
        _s0 = (uint)SplitMix(ref z);
        _s1 = (uint)SplitMix(ref z);
        _s2 = (uint)SplitMix(ref z);
        _s3 = (uint)SplitMix(ref z);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }
    }

    /// <summary>Uniform in [0, 2^32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal uint NextUInt()
    {
        uint result = RotateLeft(_s1 * 5, 7) * 9;
        uint t = _s1 << 9;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 11);
        return result;
    }

    /// <summary>Uniform integer in [0, <paramref name="bound"/>); <paramref name="bound"/> must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Next(int bound) => (int)(((ulong)NextUInt() * (ulong)bound) >> 32);

    /// <summary>Uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextDouble() => NextUInt() * (1.0 / 4294967296.0);

    /// <summary>Uniform in (0, 1], safe for logarithms.</summary>
    internal double NextPositiveDouble() => (NextUInt() + 1.0) * (1.0 / 4294967296.0);

    /// <summary>Shuffles the first <paramref name="count"/> entries of <paramref name="items"/> in place (Fisher–Yates).</summary>
    internal void Shuffle(int[] items, int count)
    {
        for (int i = count - 1; i > 0; i--)
        {
            int k = Next(i + 1);
            (items[i], items[k]) = (items[k], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        ulong z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RotateLeft(uint x, int k) => (x << k) | (x >> (32 - k));
}
