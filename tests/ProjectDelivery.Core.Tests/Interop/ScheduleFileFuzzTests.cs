using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Interop;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

/// <summary>
/// Feeds thousands of mutated versions of the sample files (byte flips, digit changes, truncations, line deletions
/// and duplications) to the readers and asserts that only <see cref="ScheduleFileException"/> escapes, and that
/// a mutated file that reads can be scheduled (or is refused by the engine with an ArgumentException naming the activity).
/// </summary>
public sealed class ScheduleFileFuzzTests
{
    private const int MutationsPerFile = 800;

    [Theory]
    [InlineData(ScheduleSamples.Relations, 11)]
    [InlineData(ScheduleSamples.Legacy, 12)]
    [InlineData(ScheduleSamples.Durations, 13)]
    [InlineData(ScheduleSamples.PercentComplete, 14)]
    public void Read_MutatedSample_OnlyScheduleFileExceptionEscapes(string file, int seed)
    {
        byte[] original = ScheduleSamples.Bytes(file);
        var random = new Random(seed);
        int refused = 0, read = 0;
        var unexpected = new List<string>();
        for (int i = 0; i < MutationsPerFile; i++)
        {
            byte[] mutated = Mutate(original, random);
            try
            {
                ImportedSchedule project = ScheduleSamples.Read(file, mutated);
                read++;
                try
                {
                    project.Schedule();
                }
                catch (Exception ex) when (ex is ArgumentException or ProjectDelivery.Planning.Scheduling.ScheduleConstraintException)
                {
                    Assert.False(string.IsNullOrEmpty(ex.Message));
                }
            }
            catch (ScheduleFileException ex)
            {
                refused++;
                Assert.StartsWith(file, ex.Message, StringComparison.Ordinal);
            }
            catch (Exception ex)
            {
                unexpected.Add($"mutation {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected.Take(10)));
        Assert.True(refused > MutationsPerFile / 10, $"only {refused} mutations refused");
        Assert.True(read > 0 || file.EndsWith(".xer", StringComparison.Ordinal), "no mutation read");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        List<byte> bytes = original.ToList();
        int operations = 1 + random.Next(3);
        for (int k = 0; k < operations && bytes.Count > 0; k++)
        {
            switch (random.Next(6))
            {
                case 0: // flip a byte
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 1: // truncate
                {
                    int cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                }

                case 2: // change a digit
                {
                    int at = random.Next(bytes.Count);
                    int digit = bytes.FindIndex(at, b => b >= (byte)'0' && b <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes[digit] = (byte)('0' + random.Next(10));
                    }

                    break;
                }

                case 3: // delete a line
                case 4: // duplicate a line
                {
                    int at = random.Next(bytes.Count);
                    int start = bytes.LastIndexOf((byte)'\n', at) + 1;
                    int end = bytes.IndexOf((byte)'\n', at);
                    end = end < 0 ? bytes.Count : end + 1;
                    if (k % 2 == 0 || random.Next(2) == 0)
                    {
                        bytes.RemoveRange(start, end - start);
                    }
                    else
                    {
                        bytes.InsertRange(start, bytes.GetRange(start, end - start));
                    }

                    break;
                }

                default: // delete a short span (breaks tags and tab-separated fields)
                {
                    int at = random.Next(bytes.Count);
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(12)));
                    break;
                }
            }
        }

        return bytes.ToArray();
    }
}
