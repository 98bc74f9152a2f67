using System;
using System.IO;
using System.Text;
using ProjectDelivery.Cli.Commands;
using Xunit;

namespace ProjectDelivery.Tests.Cli.Commands;

public sealed class InputFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "input-file-" + Guid.NewGuid().ToString("N"));

    public InputFileTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadAllBytes_EndlessStreamWithoutLength_StopsJustPastTheLimit()
    {
        using var endless = new EndlessStream();
        var error = Assert.Throws<CliInputException>(() => InputFile.ReadAllBytes(endless, "pipe.json", 1000));
        Assert.Equal("pipe.json: the input is larger than 1000 bytes (the largest file the command line reads; for endless inputs such as devices or pipes, save the data to a file first)", error.Message);
        Assert.InRange(endless.Given, 1001, 1000 + (64 * 1024));
    }

    [Fact]
    public void ReadAllBytes_StreamAtTheLimit_ReturnsAllBytes()
    {
        byte[] data = new byte[1000];
        new Random(1).NextBytes(data);
        Assert.Equal(data, InputFile.ReadAllBytes(new MemoryStream(data), "ok.bin", 1000));
    }

    [Fact]
    public void ReadAllBytes_MissingFile_NamesIt()
    {
        string path = Path.Combine(_directory, "nothing.json");
        var error = Assert.Throws<CliInputException>(() => InputFile.ReadAllBytes(path));
        Assert.Equal(path + ": file not found", error.Message);
    }

    [Fact]
    public void ReadAllBytes_Directory_SaysSo()
    {
        var error = Assert.Throws<CliInputException>(() => InputFile.ReadAllBytes(_directory));
        Assert.Equal(_directory + ": is a directory, expected a file", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadAllText_WithOrWithoutByteOrderMark_ReturnsTheSameText(bool bom)
    {
        string path = Path.Combine(_directory, "text.txt");
        File.WriteAllText(path, "NAME: x\nCAPACITY: 5\n", new UTF8Encoding(bom));
        Assert.Equal("NAME: x\nCAPACITY: 5\n", InputFile.ReadAllText(path));
    }

    /// <summary>A stream that gives zeros forever and cannot tell its length, like /dev/zero or a pipe.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Given { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Given += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
