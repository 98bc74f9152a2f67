using CsCheck;
using ProjectDelivery.Interop;
using Xunit;

namespace ProjectDelivery.Tests.Interop;

public sealed class MessageTextTests
{
    [Fact]
    public void Printable_SurrogatePairAndLoneSurrogate_KeepsThePairEscapesTheLoneOne()
    {
        Assert.Equal("truck \U0001F69A \\uD800x", MessageText.Printable("truck \U0001F69A \uD800x"));
    }

    [Fact]
    public void Printable_LineBreaksTabsAndDel_AreEscaped()
    {
        Assert.Equal("a\\u000Ab\\u0009c\\u007F", MessageText.Printable("a\nb\tc\u007f"));
    }

    [Fact]
    public void Quote_MissingValue_SaysNothing()
    {
        Assert.Equal("(nothing)", MessageText.Quote(null));
    }

    [Fact]
    public void Quote_AnyText_IsPrintableAndBoundedByWhatIsPrinted()
    {
        Gen.Char.Array[0, 500].Select(c => new string(c)).Sample(text =>
        {
            string quoted = MessageText.Quote(text, 40);
            Assert.DoesNotContain(quoted, char.IsControl);
            Assert.True(quoted.Length <= 40 + 6 + 3, quoted);
        });
    }
}
