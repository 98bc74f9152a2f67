using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Delivery.Fulfilment.Promises;
using Xunit;

namespace ProjectDelivery.Tests.Delivery.Fulfilment.Promises;

public sealed class PromiseDateCalculatorTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static readonly WorkingCalendar LeedsCalendar = Weekdays("Leeds", "08:00-18:00", London, new LocalDate(2027, 4, 2), new LocalDate(2027, 4, 5));
    private static readonly WorkingCalendar CarrierCalendar = Weekdays("Carrier US", "08:00-20:00", NewYork);

    private static WorkingCalendar Weekdays(string name, string hours, DateTimeZone zone, params LocalDate[] holidays) =>
        WorkingCalendar.Create(
            name,
            WorkWeek.Create(Enumerable.Range(1, 5).ToDictionary(d => (IsoDayOfWeek)d, _ => WorkingDay.Parse(hours))),
            holidays.Select(h => CalendarException.Holiday(h)),
            zone);

    private static PromiseDateCalculator Calculator(ProcessingTime processing, int transitDays = 2, WorkingInterval? window = null, params IsoDayOfWeek[] pickUpDays) =>
        PromiseDateCalculator.Create(
            Warehouse.Create("Leeds DC", LeedsCalendar, new LocalTime(14, 0), processing),
            CarrierService.Create(
                "Express",
                CarrierCalendar,
                pickUpDays.Length == 0 ? new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday } : pickUpDays,
                new LocalTime(16, 0),
                transitDays,
                window ?? WorkingInterval.Parse("09:00-18:00")));

    private static Instant Utc(int y, int m, int d, int h, int min = 0) => Instant.FromUtc(y, m, d, h, min);

    [Fact]
    public void Promise_OrderExactlyAtCutOff_IsReleasedSameDay()
    {
        // Wed 31 Mar 2027 14:00 BST = 13:00Z: released Wed, picked up Wed 16:00 BST, 2 carrier days → Fri 2 Apr (NY is not on the UK holiday)
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingDays(0)).Promise(Utc(2027, 3, 31, 13), NewYork);

        Assert.Equal(new LocalDate(2027, 3, 31), promise.ReleaseDate);
        Assert.Equal(Utc(2027, 3, 31, 15), promise.PickUpAt);
        Assert.Equal(new LocalDate(2027, 4, 2), promise.DeliveryDate);
        Assert.Equal(new LocalDate(2027, 4, 2), promise.PromisedDate);
        Assert.Equal(new LocalDateTime(2027, 4, 2, 9, 0), promise.WindowStart.LocalDateTime);
        Assert.Equal(new LocalDateTime(2027, 4, 2, 18, 0), promise.WindowEnd.LocalDateTime);
        Assert.Equal(new[] { "order", "cut-off", "processing", "pick-up", "transit", "delivery window", "promise" }, promise.Steps.Select(s => s.Name));
    }

    [Fact]
    public void Promise_OneTickAfterCutOff_WaitsForNextPickUpAfterHolidays()
    {
        // released Thu 1 Apr; Fri 2 and Mon 5 are warehouse holidays; next pick-up day Wed 7 → delivery Fri 9 Apr
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingDays(0)).Promise(Utc(2027, 3, 31, 13) + Duration.FromTicks(1), NewYork);

        Assert.Equal(new LocalDate(2027, 4, 1), promise.ReleaseDate);
        Assert.Equal(Utc(2027, 4, 7, 15), promise.PickUpAt);
        Assert.Equal(new LocalDate(2027, 4, 9), promise.PromisedDate);
    }

    [Fact]
    public void Promise_CutOffComparedInLocalTimeAfterSpringForward()
    {
        // Mon 29 Mar 2027 13:30Z is 14:30 BST: after the 14:00 cut-off although 13:30 in UTC is before it
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingDays(0)).Promise(Utc(2027, 3, 29, 13, 30), NewYork);

        Assert.Equal(new LocalDate(2027, 3, 30), promise.ReleaseDate);
        Assert.Equal(Utc(2027, 3, 31, 15), promise.PickUpAt); // Wed 16:00 BST
    }

    [Fact]
    public void Promise_WeekendOrder_IsReleasedOnMonday()
    {
        // Sat 27 Mar 2027 10:00Z → released Mon 29; processing 1 day → ready Tue 30; pick-up Wed 31 → Fri 2 Apr
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingDays(1)).Promise(Utc(2027, 3, 27, 10), NewYork);

        Assert.Equal(new LocalDate(2027, 3, 29), promise.ReleaseDate);
        Assert.Equal(new LocalDate(2027, 3, 30), promise.ReadyDate);
        Assert.Null(promise.ReadyAt);
        Assert.Equal(new LocalDate(2027, 4, 2), promise.PromisedDate);
    }

    [Fact]
    public void Promise_ProcessingHoursAcrossClosing_ReadyNextMorning()
    {
        // Mon 29 Mar 2027 12:00 BST (11:00Z), 8 working hours: 12–18 = 6h, Tue 08–10 BST → ready Tue 09:00Z; pick-up Wed 31 16:00 BST
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingTime(Duration.FromHours(8))).Promise(Utc(2027, 3, 29, 11), NewYork);

        Assert.Equal(Utc(2027, 3, 30, 9), promise.ReadyAt);
        Assert.Equal(new LocalDate(2027, 3, 30), promise.ReadyDate);
        Assert.Equal(Utc(2027, 3, 31, 15), promise.PickUpAt);
    }

    [Fact]
    public void Promise_ProcessingHoursEndingAfterPickUpTime_MissesThatDaysPickUp()
    {
        // Wed 31 Mar 2027 09:00 BST (08:00Z) + 8h → Wed 17:00 BST, after the 16:00 pick-up → next pick-up day Fri 2 is a holiday, Mon 5 too → Wed 7
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingTime(Duration.FromHours(8))).Promise(Utc(2027, 3, 31, 8), NewYork);

        Assert.Equal(Utc(2027, 3, 31, 16), promise.ReadyAt);
        Assert.Equal(Utc(2027, 4, 7, 15), promise.PickUpAt);
    }

    [Fact]
    public void Promise_CustomerInTokyo_PromisedDateIsTokyoDateOfWindowClose()
    {
        // delivery Fri 2 Apr 09:00–18:00 EDT = 22:00 Fri – 07:00 Sat Tokyo
        DeliveryPromise promise = Calculator(ProcessingTime.FromWorkingDays(0)).Promise(Utc(2027, 3, 31, 13), Tokyo);

        Assert.Equal(new LocalDate(2027, 4, 2), promise.DeliveryDate);
        Assert.Equal(new LocalDateTime(2027, 4, 2, 22, 0), promise.WindowStart.LocalDateTime);
        Assert.Equal(new LocalDate(2027, 4, 3), promise.PromisedDate);
    }

    [Fact]
    public void Promise_SameDayDeliveryWindowBeforePickUp_MovesToNextCarrierDay()
    {
        // transit 0, window 09:00–12:00 New York; pick-up Wed 31 Mar 16:00 BST = 11:00 EDT, window closes at noon → same day
        PromiseDateCalculator sameDay = Calculator(ProcessingTime.FromWorkingDays(0), 0, WorkingInterval.Parse("09:00-12:00"));
        Assert.Equal(new LocalDate(2027, 3, 31), sameDay.Promise(Utc(2027, 3, 31, 12), NewYork).DeliveryDate);

        // window 09:00–10:00 closes before the pick-up → Thu 1 Apr
        PromiseDateCalculator early = Calculator(ProcessingTime.FromWorkingDays(0), 0, WorkingInterval.Parse("09:00-10:00"));
        Assert.Equal(new LocalDate(2027, 4, 1), early.Promise(Utc(2027, 3, 31, 12), NewYork).DeliveryDate);
    }

    [Fact]
    public void LatestOrderInstant_IsTheCutOffOfTheLastReleaseDayThatMakesTheDate()
    {
        PromiseDateCalculator calculator = Calculator(ProcessingTime.FromWorkingDays(0));

        // to be delivered by Mon 5 Apr: Wed 31 Mar 14:00 BST is the last order that ships in time
        Assert.Equal(Utc(2027, 3, 31, 13), calculator.LatestOrderInstant(new LocalDate(2027, 4, 5), NewYork));
        // by Fri 9 Apr: Wed 7 Apr 14:00 BST (released, ready and collected Wed 7)
        Assert.Equal(Utc(2027, 4, 7, 13), calculator.LatestOrderInstant(new LocalDate(2027, 4, 9), NewYork));
    }

    [Fact]
    public void Create_InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingTime.FromWorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingTime.FromWorkingTime(Duration.FromHours(-1)));
        Assert.Throws<ArgumentException>(() => CarrierService.Create("x", CarrierCalendar, Array.Empty<IsoDayOfWeek>(), new LocalTime(16, 0), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CarrierService.Create("x", CarrierCalendar, new[] { IsoDayOfWeek.Monday }, new LocalTime(16, 0), -1));
    }

    private static readonly Gen<Instant> Orders = Gen.Long[0, 120L * 24 * 3600].Select(s => Utc(2027, 3, 1, 0) + Duration.FromSeconds(s));

    [Fact]
    public void PromisedDate_NeverDecreasesWithOrderInstant()
    {
        PromiseDateCalculator calculator = Calculator(ProcessingTime.FromWorkingTime(Duration.FromHours(5)), 1);
        Gen.Select(Orders, Orders).Sample((a, b) =>
        {
            (Instant early, Instant late) = a <= b ? (a, b) : (b, a);
            return calculator.PromisedDate(early, Tokyo) <= calculator.PromisedDate(late, Tokyo);
        }, iter: 1000);
    }

    [Fact]
    public void LatestOrderInstant_IsTheLastInstantThatMakesTheDate()
    {
        PromiseDateCalculator[] calculators = { Calculator(ProcessingTime.FromWorkingDays(1)), Calculator(ProcessingTime.FromWorkingTime(Duration.FromHours(5)), 1) };
        Gen.Select(Orders, Gen.Int[0, 1]).Sample((order, which) =>
        {
            PromiseDateCalculator calculator = calculators[which];
            LocalDate date = calculator.PromisedDate(order, NewYork);
            Instant latest = calculator.LatestOrderInstant(date, NewYork)!.Value;
            return latest >= order
                && calculator.PromisedDate(latest, NewYork) <= date
                && calculator.PromisedDate(latest + Duration.FromTicks(1), NewYork) > date;
        }, iter: 200, print: t => $"order {t.Item1} calc {t.Item2}: date {calculators[t.Item2].PromisedDate(t.Item1, NewYork)} latest {calculators[t.Item2].LatestOrderInstant(calculators[t.Item2].PromisedDate(t.Item1, NewYork), NewYork)}");
    }
}
