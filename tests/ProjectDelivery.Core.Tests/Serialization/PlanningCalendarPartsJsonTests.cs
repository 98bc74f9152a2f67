using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using ProjectDelivery.Calendars;
using ProjectDelivery.Serialization;
using Xunit;

namespace ProjectDelivery.Tests.Serialization;

/// <summary>Golden JSON, error cases and round trips of the calendar parts (the same shapes as inside a working calendar's object).</summary>
public sealed class PlanningCalendarPartsJsonTests
{
    private static readonly Gen<WorkingDay> GenDay =
        Gen.Int[0, 3].SelectMany(n => Gen.Int[0, 95].Array[2 * n])
            .Select(slots =>
            {
                int[] sorted = slots.Distinct().OrderBy(s => s).ToArray();
                var intervals = new List<WorkingInterval>();
                for (int i = 0; i + 1 < sorted.Length; i += 2)
                {
                    intervals.Add(WorkingInterval.Create(LocalTime.Midnight.PlusMinutes(15 * sorted[i]), LocalTime.Midnight.PlusMinutes(15 * sorted[i + 1])));
                }

                return WorkingDay.Create(intervals);
            });

    [Fact]
    public void Serialize_CalendarParts_WritesTheCalendarShapes()
    {
        WorkWeek week = WorkWeek.Standard.With(IsoDayOfWeek.Friday, WorkingDay.Parse("08:00-12:00")).With(IsoDayOfWeek.Saturday, WorkingDay.Parse("22:00-24:00"));

        Assert.Equal("\"09:00-17:00\"", ProjectDeliveryJson.Serialize(WorkingInterval.Parse("09:00-17:00")));
        Assert.Equal("\"08:00-12:00,13:00-17:00\"", ProjectDeliveryJson.Serialize(WorkingDay.Standard));
        Assert.Equal("\"closed\"", ProjectDeliveryJson.Serialize(WorkingDay.NonWorking));
        Assert.Equal(
            """{"Mon":"08:00-12:00,13:00-17:00","Tue":"08:00-12:00,13:00-17:00","Wed":"08:00-12:00,13:00-17:00","Thu":"08:00-12:00,13:00-17:00","Fri":"08:00-12:00","Sat":"22:00-24:00"}""",
            ProjectDeliveryJson.Serialize(week));
        Assert.Equal("""{"date":"2027-04-02"}""", ProjectDeliveryJson.Serialize(CalendarException.Holiday(new LocalDate(2027, 4, 2))));
        Assert.Equal(
            """{"from":"2027-12-24","to":"2027-12-31","hours":"09:00-13:00","name":"Christmas"}""",
            ProjectDeliveryJson.Serialize(CalendarException.Create(new LocalDate(2027, 12, 24), new LocalDate(2027, 12, 31), WorkingDay.Parse("09:00-13:00"), "Christmas")));
    }

    [Fact]
    public void Deserialize_CalendarParts_ReadsTheCalendarShapes()
    {
        WorkWeek week = ProjectDeliveryJson.Deserialize<WorkWeek>("""{"monday":"09:00-17:00","Sun":"closed"}""");

        Assert.Equal(WorkingDay.Parse("09:00-17:00"), week[IsoDayOfWeek.Monday]);
        Assert.False(week[IsoDayOfWeek.Tuesday].IsWorking);
        Assert.Equal(1, week.WorkingDaysPerWeek);
        Assert.Equal(
            CalendarException.Holidays(new LocalDate(2027, 8, 2), new LocalDate(2027, 8, 13), "Shutdown"),
            ProjectDeliveryJson.Deserialize<CalendarException>("""{"from":"2027-08-02","to":"2027-08-13","name":"Shutdown"}"""));
        Assert.Equal(WorkingDay.NonWorking, ProjectDeliveryJson.Deserialize<WorkingDay>("\"\""));
    }

    [Fact]
    public void Deserialize_MalformedParts_ThrowJsonExceptionNamingTheProblem()
    {
        Assert.Contains("09:00-08:00", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<WorkingInterval>("\"09:00-08:00\"")).Message);
        Assert.Contains("25:00", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<WorkingDay>("\"08:00-12:00,13:00-25:00\"")).Message);
        Assert.Contains("Funday", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<WorkWeek>("""{"Funday":"09:00-17:00"}""")).Message);
        Assert.Contains("either", Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<CalendarException>("""{"date":"2027-01-01","from":"2027-01-01","to":"2027-01-02"}""")).Message);
        Assert.Throws<JsonException>(() => ProjectDeliveryJson.Deserialize<CalendarException>("""{"date":"2027-01-01","colour":"red"}"""));
    }

    [Fact]
    public void Deserialize_ExceptionEndingBeforeItStarts_ThrowsTheDomainError()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ProjectDeliveryJson.Deserialize<CalendarException>("""{"from":"2027-01-05","to":"2027-01-01"}"""));

        Assert.StartsWith("$: Calendar exception", error.Message);
    }

    [Fact]
    public void RoundTrip_RandomDaysWeeksAndExceptions_AreEqual()
    {
        Gen.Select(GenDay.Array[7], Gen.Int[0, 400], Gen.Int[0, 10], Gen.Bool).Sample((days, offset, length, named) =>
        {
            var week = WorkWeek.Create(days);
            LocalDate from = new LocalDate(2027, 1, 1).PlusDays(offset);
            var exception = CalendarException.Create(from, from.PlusDays(length), days[0], named ? "Event \"x\"" : null);

            Assert.Equal(week, ProjectDeliveryJson.Deserialize<WorkWeek>(ProjectDeliveryJson.Serialize(week)));
            Assert.Equal(exception, ProjectDeliveryJson.Deserialize<CalendarException>(ProjectDeliveryJson.Serialize(exception)));
            Assert.Equal(days[0], ProjectDeliveryJson.Deserialize<WorkingDay>(ProjectDeliveryJson.Serialize(days[0])));
            Assert.All(days[0].Intervals, i => Assert.Equal(i, ProjectDeliveryJson.Deserialize<WorkingInterval>(ProjectDeliveryJson.Serialize(i))));
        });
    }
}
