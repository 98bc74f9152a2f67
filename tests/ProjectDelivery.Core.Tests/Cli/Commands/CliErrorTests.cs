using System;
using ProjectDelivery.Cli.Commands;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

public sealed class CliErrorTests
{
    [Fact]
    public void Describe_ArgumentOutOfRange_DropsParameterAndActualValueNotes()
    {
        var ex = new ArgumentOutOfRangeException("location", 9999, "Job 'far': location 9999 is outside the network of 2 locations.");
        Assert.Equal("depot.json: Job 'far': location 9999 is outside the network of 2 locations.", CliError.Describe(ex, "depot.json"));
    }

    [Fact]
    public void Describe_ArgumentNull_SaysAValueIsMissing()
    {
        Assert.Equal("plan.json: a required value is missing ('id')", CliError.Describe(new ArgumentNullException("id"), "plan.json"));
    }

    [Fact]
    public void Describe_MessageWithoutFile_PutsTheFileInFront()
    {
        Assert.Equal("plan.json: Calendar arithmetic ran before the year 1.",
            CliError.Describe(new InvalidOperationException("Calendar arithmetic ran before the year 1."), "plan.json"));
    }

    [Fact]
    public void Describe_MessageNamingTheFile_IsNotPrefixedAgain()
    {
        Assert.Equal("plan.json, line 3: $.x: unknown field", CliError.Describe("plan.json, line 3: $.x: unknown field", "plan.json"));
    }

    [Fact]
    public void Describe_FilePathHoldingTypeLikeWords_IsKeptAsItIs()
    {
        const string file = "/home/me/src/ProjectDelivery.Cli/System.Data/samples/evm.json";
        Assert.Equal(file + ": $.bac: unknown field", CliError.Describe(file + ": $.bac: unknown field", file));
    }

    [Fact]
    public void Describe_OtherPathsAndFileNames_AreNotReadAsTypeNames()
    {
        Assert.Equal("f.json: calendar file 'C:\\work\\NodaTime.Extra\\holidays.json' and /opt/System.Foo/x.json are missing",
            CliError.Describe("calendar file 'C:\\work\\NodaTime.Extra\\holidays.json' and /opt/System.Foo/x.json are missing", "f.json"));
    }

    [Fact]
    public void Describe_TypeNameAtTheEndOfASentence_IsStillReplaced()
    {
        Assert.Equal("f.json: expected a duration.", CliError.Describe("expected NodaTime.Duration.", "f.json"));
    }

    [Theory]
    [InlineData("option --objective must be 'cost' or 'vehicles', got 'x'")]
    [InlineData("'route' takes exactly one input file, got 2 arguments")]
    [InlineData("cannot write SVG file 'out.svg': disk full")]
    public void Describe_MessageAboutTheCommandLine_IsNotPrefixedWithTheInput(string message)
    {
        Assert.Equal(message, CliError.Describe(message, "plan.json"));
    }

    [Fact]
    public void Describe_ControlAndFormatCharacters_AreEscaped()
    {
        string message = CliError.Describe("unknown calendar 'a\u001b[31mb\u202ec'\r\nnext", "f.json");
        Assert.Equal("f.json: unknown calendar 'a\\u001B[31mb\\u202Ec' next", message);
    }

    [Fact]
    public void Describe_SurrogatePairAndLoneSurrogate_KeepsThePairEscapesTheLoneOne()
    {
        Assert.Equal("f.json: id '\U0001F69A' and '\\uD800x'", CliError.Describe("id '\U0001F69A' and '\uD800x'", "f.json"));
    }

    [Fact]
    public void Describe_LongMessage_IsCutSayingHowMuchIsLeftOut()
    {
        string message = CliError.Describe("The precedence links form a cycle: " + string.Join(" -> ", new string('A', 5000).ToCharArray()), "f.json");
        Assert.True(message.Length <= CliError.MaxLength, message);
        Assert.EndsWith("more characters)", message);
    }

    [Theory]
    [InlineData("The JSON value could not be converted to System.Nullable`1[System.Double]. Path: $.bac | LineNumber: 0 | BytePositionInLine: 12.", "expected a number")]
    [InlineData("The JSON value could not be converted to NodaTime.LocalDate. Path: $.start", "expected a date such as 2027-01-31")]
    [InlineData("The JSON value could not be converted to System.Int32[]. Path: $.x", "expected an array")]
    [InlineData("The JSON property 'pvv' could not be mapped to any .NET member contained in type 'ProjectDelivery.Serialization.Planning.EarnedValuePeriodDto'.", "unknown field 'pvv'")]
    [InlineData("JSON deserialization for type 'ProjectDelivery.Serialization.Delivery.JobJson' was missing required properties including: 'id'.", "missing required field 'id'")]
    [InlineData("The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options.", "a trailing comma is not allowed (remove the comma before '}')")]
    [InlineData("$.x: expected ProjectDelivery.Delivery.Routing.Model.DistanceRounding", "$.x: expected a value of another kind (see docs/formats.md)")]
    public void UserWords_SerializerText_BecomesTheUsersWords(string message, string expected)
    {
        Assert.Equal(expected, CliError.UserWords(message));
    }
}
