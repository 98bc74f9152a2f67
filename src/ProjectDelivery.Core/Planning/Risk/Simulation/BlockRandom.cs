using System;

namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna, 2018) behind <see cref="Random"/>, re-seedable from (seed, block) through
/// SplitMix64 so that every block of iterations has its own reproducible stream.
/// </summary>
internal sealed class BlockRandom : Random
{
    private const double Unit = 1.0 / 9007199254740992.0; // 2^-53
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public BlockRandom(long seed, long block) => Reset(seed, block);

    public void Reset(long seed, long block)
    {
        ulong sm = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ (((ulong)block + 1UL) * 0xD1B54A32D192ED03UL));
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5UL, 7) * 9UL;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in the open interval (0, 1).</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * Unit;

    public override double NextDouble() => (NextUInt64() >> 11) * Unit;

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        if (maxValue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, "Value should be in range [0, 2147483647]");
        }

        return (int)(((NextUInt64() >> 32) * (ulong)maxValue) >> 32);
    }

    public override int Next(int minValue, int maxValue)
    {
        if (maxValue < minValue)
        {
            throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, "Value should be at least minValue");
        }

        return (int)(minValue + (long)(((NextUInt64() >> 32) * (ulong)((long)maxValue - minValue)) >> 32));
    }

    public override void NextBytes(byte[] buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    protected override double Sample() => NextDouble();

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        unchecked
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
