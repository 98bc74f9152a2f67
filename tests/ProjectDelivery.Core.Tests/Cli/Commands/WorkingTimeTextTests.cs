using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using ProjectDelivery.Cli;
using ProjectDelivery.Cli.Commands;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

/// <summary>Durations and floats in the text output carry their unit, whatever unit the schedule counts in.</summary>
public sealed class WorkingTimeTextTests
{
    private static readonly Duration EightHours = Duration.FromHours(8);

    [Theory]
    [InlineData(60.0, 480, 8.0, "1d")]       // MS Project: 480 minutes on an 8-hour day
    [InlineData(60.0, 60, 8.0, "1h")]
    [InlineData(60.0, 500, 8.0, "1d 0.33h")]
    [InlineData(3600.0, 800, 8.0, "100d")]   // P6: 800 hours
    [InlineData(3600.0, 200, 8.0, "25d")]
    [InlineData(3600.0, -4, 8.0, "-4h")]
    [InlineData(28080.0, 0.5128205128, 7.8, "4h")] // PT4H on a 7.8-hour day: 0.513 days
    [InlineData(28080.0, 2.0769230769, 7.8, "2d 0.6h")]
    [InlineData(28080.0, 3, 7.8, "3d")]
    [InlineData(28080.0, 0, 7.8, "0")]
    [InlineData(28080.0, -2, 7.8, "-2d")]
    public void Format_AmountInTimeUnits_IsWorkingDaysAndHours(double unitSeconds, double units, double dayHours, string expected)
    {
        var text = new WorkingTimeText(Duration.FromSeconds(unitSeconds), Duration.FromMinutes(dayHours * 60));
        Assert.Equal(expected, text.Format(units));
    }

    [Fact]
    public void Format_AnyAmount_ReadsBackToTheSameWorkingTime()
    {
        // "Nd Mh" parsed back gives the amount to within the printed precision (0.01 h), in any unit.
        Gen.Select(Gen.Int[1, 3600], Gen.Double[-5000, 5000], Gen.Int[4, 12]).Sample((unitSeconds, units, dayHours) =>
        {
            var text = new WorkingTimeText(Duration.FromSeconds(unitSeconds), Duration.FromHours(dayHours));
            string printed = text.Format(units);
            Match m = Regex.Match(printed, @"^(-?)(?:(\d+)d)?\s?(?:([\d.]+)h)?$");
            Assert.True(m.Success || printed == "0", printed);
            double hours = printed == "0" ? 0 : ((m.Groups[2].Success ? double.Parse(m.Groups[2].Value) * dayHours : 0) + (m.Groups[3].Success ? double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0));
            hours *= m.Groups[1].Value == "-" ? -1 : 1;
            Assert.Equal(units * unitSeconds / 3600, hours, 0.0051 + (Math.Abs(units * unitSeconds / 3600) * 1e-12));
        });
    }

    [Theory]
    [InlineData("schedule-msproject.xml", "1d", "d = working day of 8 h")]
    [InlineData("schedule-primavera.xer", "100d", "d = working day of 8 h")]
    [InlineData("schedule-calendar.json", "4h", "d = working day of 7.8 h")]
    public void Schedule_TextOutput_PrintsDurationsWithUnits(string sample, string aDuration, string legend)
    {
        var stdout = new StringWriter();
        int code = Program.Run(new[] { "schedule", Path.Combine(AppContext.BaseDirectory, "samples", sample) }, stdout, new StringWriter());
        Assert.Equal(Program.Success, code);
        string[] lines = stdout.ToString().Split('\n');
        Assert.Contains(lines.Skip(2).TakeWhile(l => l.Trim().Length > 0 && !l.StartsWith('(')), l => Regex.IsMatch(l, @"\s" + Regex.Escape(aDuration) + @"\s"));
        Assert.Contains(legend, stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\s(480|800|0\.513)\s", stdout.ToString());
    }
}
