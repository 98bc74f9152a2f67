using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.ServiceLevels;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.ServiceLevels;

public sealed class BusinessTimeCursorTests
{
    private static readonly long Origin = Instant.FromUtc(2026, 12, 20, 0, 0).ToUnixTimeTicks();
    private static readonly long Hour = NodaConstants.TicksPerHour;

    [Fact]
    public void WorkAndAdd_RandomSequences_AgreeWithWorkingCalendar()
    {
        WorkingCalendar calendar = SlaClockTests.LondonOffice;
        Gen<(long A, long B, long W)> query = Gen.Select(Gen.Long[0, 800 * 24 * Hour], Gen.Long[0, 400 * 24 * Hour], Gen.Long[1, 300 * Hour]);
        Gen.Select(query.Array[1, 30], Gen.Long[0, 800 * 24 * Hour]).Sample((queries, pinned) =>
        {
            var cursor = new BusinessTimeCursor(calendar, Origin + pinned);
            foreach ((long a, long length, long w) in queries)
            {
                long from = Origin + a, to = Origin + a + length;
                long b = length % 3 == 0 ? Origin + pinned : to; // often hit the pinned instant
                if (b < from)
                {
                    (from, b) = (b, from);
                }

                long expectedWork = calendar.WorkingTimeBetween(Instant.FromUnixTimeTicks(from), Instant.FromUnixTimeTicks(b)).BclCompatibleTicks;
                long expectedAdd = calendar.AddWorkingTime(Instant.FromUnixTimeTicks(from), Duration.FromTicks(w)).ToUnixTimeTicks();
                if (cursor.Work(from, b) != expectedWork || cursor.Add(from, w) != expectedAdd)
                {
                    return false;
                }
            }

            return true;
        }, iter: 300);
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Lord_Howe")]
    public void CalendarInstantArithmetic_AddThenMeasure_ReturnsTheAmountAcrossDstAndYears(string zoneId)
    {
        WorkingCalendar calendar = SlaClockTests.LondonOffice.WithZone(DateTimeZoneProviders.Tzdb[zoneId]);
        Gen.Select(Gen.Long[0, 3 * 365 * 24 * Hour], Gen.Long[0, 2000 * Hour]).Sample((offset, work) =>
        {
            Instant start = Instant.FromUnixTimeTicks(Origin + offset);
            Instant end = calendar.AddWorkingTime(start, Duration.FromTicks(work));
            Instant back = calendar.SubtractWorkingTime(end, Duration.FromTicks(work));
            return calendar.WorkingTimeBetween(start, end) == Duration.FromTicks(work)
                && calendar.WorkingTimeBetween(back, end) == Duration.FromTicks(work)
                && back >= start;
        }, iter: 2000);
    }
}
