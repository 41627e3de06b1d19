using Kommunpilot.Features.Communication.Import;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>The uploads kept between preview and import: for their user and plan only, for 30 minutes, a few per user.</summary>
public sealed class ImportUploadsTests : IDisposable
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kp-import-test-" + Guid.NewGuid().ToString("N"));
    private readonly Clock _clock = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ImportUploads Uploads => new(_folder, _clock);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_upload_comes_back_only_to_its_user_for_its_plan()
    {
        var id = (await Uploads.SaveAsync([1, 2, 3], "user-a", 7, "plan.xlsx", Ct))!;
        Assert.Matches("^[0-9a-f]{32}$", id);

        var back = await Uploads.LoadAsync(id, "user-a", 7, Ct);
        Assert.Equal("plan.xlsx", back!.FileName);
        Assert.Equal([1, 2, 3], back.Bytes);
        Assert.Null(await Uploads.LoadAsync(id, "user-b", 7, Ct));
        Assert.Null(await Uploads.LoadAsync(id, "user-a", 8, Ct));
        Assert.Null(await Uploads.LoadAsync("../" + id, "user-a", 7, Ct));
        Assert.Null(await Uploads.LoadAsync(id.ToUpperInvariant(), "user-a", 7, Ct));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, id + ".xlsx")));
        }
    }

    [Fact]
    public async Task An_upload_expires_after_thirty_minutes_and_is_deleted()
    {
        var id = await Uploads.SaveAsync([1], "user-a", 7, "plan.xlsx", Ct);
        _clock.Now += TimeSpan.FromMinutes(29);
        Assert.NotNull(await Uploads.LoadAsync(id, "user-a", 7, Ct));

        _clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(await Uploads.LoadAsync(id, "user-a", 7, Ct));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Each_user_keeps_a_few_uploads_and_old_ones_of_anyone_are_swept()
    {
        var other = await Uploads.SaveAsync([9], "user-b", 7, "b.xlsx", Ct);
        var ids = new List<string>();
        for (var i = 0; i < ImportUploads.MaxPerUser + 1; i++)
        {
            _clock.Now += TimeSpan.FromSeconds(1);
            ids.Add((await Uploads.SaveAsync([(byte)i], "user-a", 7, "a.xlsx", Ct))!);
        }
        Assert.Null(await Uploads.LoadAsync(ids[0], "user-a", 7, Ct));
        Assert.NotNull(await Uploads.LoadAsync(ids[^1], "user-a", 7, Ct));
        Assert.NotNull(await Uploads.LoadAsync(other, "user-b", 7, Ct));

        _clock.Now += TimeSpan.FromHours(1);
        await Uploads.SaveAsync([1], "user-c", 7, "c.xlsx", Ct);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public async Task The_folder_holds_a_bounded_number_of_bytes()
    {
        var small = new ImportUploads(_folder, _clock, maxTotalBytes: 10);
        Assert.NotNull(await small.SaveAsync(new byte[6], "user-a", 7, "a.xlsx", Ct));
        Assert.Null(await small.SaveAsync(new byte[6], "user-b", 7, "b.xlsx", Ct));
        _clock.Now += TimeSpan.FromMinutes(31);
        Assert.NotNull(await small.SaveAsync(new byte[6], "user-b", 7, "b.xlsx", Ct));
    }

    [Fact]
    public async Task Deleted_uploads_are_gone()
    {
        var id = await Uploads.SaveAsync([1], "user-a", 7, "plan.xlsx", Ct);
        Uploads.Delete(id!);
        Assert.Null(await Uploads.LoadAsync(id, "user-a", 7, Ct));
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
