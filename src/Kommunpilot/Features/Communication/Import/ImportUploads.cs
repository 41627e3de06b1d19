using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>An uploaded file kept between the preview and the import.</summary>
public sealed record StoredUpload(string Id, string FileName, byte[] Bytes);

/// <summary>
/// Keeps an uploaded file between the preview and the confirmed import, without JavaScript: the bytes
/// in a temp file named by a random id (128 bits), beside a note of who uploaded it for which plan.
/// Only that user, for that plan, gets it back, for <see cref="Lifetime"/>; then it is gone. The
/// folder holds at most <see cref="MaxPerUser"/> files per user and <see cref="MaxTotalBytes"/> in all,
/// each at most 5 MB (checked before it is stored), readable only by the app's own account.
/// </summary>
/// <remarks>
/// Files of one server: behind several instances without shared storage the import would need sticky
/// sessions. The folder is <c>Import:Folder</c> in the configuration, or "kommunpilot-import" in the
/// system's temp folder.
/// </remarks>
public sealed partial class ImportUploads(string folder, TimeProvider clock, long maxTotalBytes = ImportUploads.MaxTotalBytes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public const int MaxPerUser = 3;
    public const long MaxTotalBytes = 512L * 1024 * 1024;

    private static readonly Lock Sweeping = new();

    public static ImportUploads For(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>()["Import:Folder"];
        var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Path.GetTempPath(), "kommunpilot-import") : configured;
        return new ImportUploads(folder, services.GetRequiredService<TimeProvider>());
    }

    private sealed record Note(string UserId, int PlanId, string FileName, DateTimeOffset At, long Bytes);

    /// <summary>Keeps the file (replacing the user's oldest beyond <see cref="MaxPerUser"/>); null when the folder is full (many imports at once).</summary>
    public async Task<string?> SaveAsync(byte[] bytes, string userId, int planId, string? fileName, CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var notes = Sweep();
        var replaced = notes.Where(n => n.Note.UserId == userId).OrderByDescending(n => n.Note.At).Skip(MaxPerUser - 1).ToList();
        foreach (var old in replaced)
        {
            Delete(old.Id);
        }
        if (notes.Except(replaced).Sum(n => n.Note.Bytes) + bytes.Length > maxTotalBytes)
        {
            return null;
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var note = new Note(userId, planId, Path.GetFileName(fileName ?? "aktivitetsplan.xlsx"), clock.GetUtcNow(), bytes.Length);
        await WriteAsync(DataPath(id), bytes, ct);
        await WriteAsync(NotePath(id), JsonSerializer.SerializeToUtf8Bytes(note), ct);
        return id;
    }

    /// <summary>The file, when <paramref name="id"/> is one this user uploaded for this plan and it has not expired.</summary>
    public async Task<StoredUpload?> LoadAsync(string? id, string userId, int planId, CancellationToken ct)
    {
        if (id is null || !IdFormat().IsMatch(id) || !File.Exists(NotePath(id)) || !File.Exists(DataPath(id)))
        {
            return null;
        }
        var note = ReadNote(id);
        if (note is null || note.UserId != userId || note.PlanId != planId)
        {
            return null;
        }
        if (clock.GetUtcNow() - note.At > Lifetime)
        {
            Delete(id);
            return null;
        }
        try
        {
            return new StoredUpload(id, note.FileName, await File.ReadAllBytesAsync(DataPath(id), ct));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string id)
    {
        if (!IdFormat().IsMatch(id))
        {
            return;
        }
        File.Delete(DataPath(id));
        File.Delete(NotePath(id));
    }

    /// <summary>Removes expired files (and files whose note is gone); gives the notes of those left.</summary>
    private List<(string Id, Note Note)> Sweep()
    {
        lock (Sweeping)
        {
            var now = clock.GetUtcNow();
            var left = new List<(string, Note)>();
            foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
            {
                var id = Path.GetFileNameWithoutExtension(path);
                if (!IdFormat().IsMatch(id))
                {
                    continue;
                }
                if (ReadNote(id) is { } note && now - note.At <= Lifetime)
                {
                    left.Add((id, note));
                }
                else
                {
                    Delete(id);
                }
            }
            foreach (var path in Directory.EnumerateFiles(folder, "*.xlsx"))
            {
                var id = Path.GetFileNameWithoutExtension(path);
                if (IdFormat().IsMatch(id) && !File.Exists(NotePath(id)) && now.UtcDateTime - File.GetLastWriteTimeUtc(path) > Lifetime)
                {
                    File.Delete(path);
                }
            }
            return left;
        }
    }

    private Note? ReadNote(string id)
    {
        try
        {
            return JsonSerializer.Deserialize<Note>(File.ReadAllBytes(NotePath(id)));
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(bytes, ct);
    }

    private string DataPath(string id) => Path.Combine(folder, id + ".xlsx");

    private string NotePath(string id) => Path.Combine(folder, id + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdFormat();
}
