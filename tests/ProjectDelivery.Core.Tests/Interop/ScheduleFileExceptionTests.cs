using System;
using System.Linq;
using CsCheck;
using ProjectDelivery.Interop;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class ScheduleFileExceptionTests
{
    [Fact]
    public void Message_AnyProblemText_IsOnePrintableLineOfBoundedLength()
    {
        Gen.Char.Array[0, 2000].Select(c => new string(c)).Sample(problem =>
        {
            var ex = new ScheduleFileException("plan\u0007.xer", 12, "TASK\u007f.field", problem);
            Assert.DoesNotContain(ex.Message, char.IsControl);
            Assert.True(ex.Message.Length <= ScheduleFileException.MaxProblemLength + 200, ex.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.StartsWith("plan\\u0007.xer:12 [TASK\\u007F.field]: ", ex.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("Value should be in range [0, 1]. (Parameter 'units')", "Value should be in range [0, 1].")]
    [InlineData("Value should be positive.\r\nParameter name: units", "Value should be positive.")]
    [InlineData("Out of range. (Parameter 'x')\nActual value was 5.", "Out of range.")]
    public void Message_DotNetParameterSuffix_IsLeftOut(string problem, string expected)
    {
        var ex = new ScheduleFileException("a.xml", 3, "Task", problem);
        Assert.Equal("a.xml:3 [Task]: " + expected, ex.Message);
    }

    [Fact]
    public void Describe_ArgumentException_GivesTheSentenceWithoutTheParameterName()
    {
        var inner = new ArgumentOutOfRangeException("duration", -1.0, "Duration should not be negative.");
        Assert.Equal("Duration should not be negative.", ScheduleFileException.Describe(inner));
    }

    [Fact]
    public void Quote_LongValueWithControlCharacters_IsEscapedAndClipped()
    {
        string quoted = ScheduleFileException.Quote("a\tb\u0000" + new string('z', 500), 10);
        Assert.Equal("'a\\u0009b\\u0000…'", quoted);
        Assert.DoesNotContain(quoted, char.IsControl);
    }
}
