using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts;

/// <summary>
/// The list page of a part: everyone who may read the project sees the items; editors get a form to
/// add one. An add is stored once: adds to one project are made one at a time, and an add whose item
/// is identical to one already there (a double click, a replayed POST) is answered as if it had been
/// stored, without storing it twice.
/// </summary>
public abstract class PartListPageModel<TItem, TInput>(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartPageModel(db, l)
    where TItem : class, IProjectPart
    where TInput : class, IPartInput<TItem>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public PartHeading Heading => new(Project, PartTitle, ListUrl, Message: Message);

    /// <summary>What the add form shows (the <c>_AddItem</c> partial).</summary>
    public PartAdder Adder => new(AddHeading, Fields, Input, AddButton);

    /// <summary>The add form's heading, e.g. "Lägg till leverans".</summary>
    protected abstract string AddHeading { get; }

    /// <summary>The add form's button, e.g. "Lägg till leveransen".</summary>
    protected abstract string AddButton { get; }

    /// <summary>Loads the project's items, in the order they are shown.</summary>
    protected abstract Task LoadRowsAsync();

    /// <summary>A new item of the project, before the form is applied to it.</summary>
    protected abstract TItem NewItem(int projectId);

    /// <summary>An item of the project with the same content as <paramref name="item"/>.</summary>
    protected abstract Expression<Func<TItem, bool>> IdenticalTo(TItem item);

    /// <summary>The message after the add, e.g. "Leverans L3 är tillagd."</summary>
    protected abstract string Added(TItem item);

    /// <summary>The rules that need the database (a code or unit already taken); they add model errors.</summary>
    protected virtual Task<bool> RulesHoldAsync(TItem item) => Task.FromResult(true);

    /// <summary>Fills in what depends on the items already there, such as the next order number.</summary>
    protected virtual Task BeforeAddAsync(TItem item) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(int id) => await OpenAsync(id, edit: false) ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var item = NewItem(id);
        Input.ApplyTo(item);
        using (await AddLock.ForProjectAsync(id, Aborted))
        {
            if (await Db.Set<TItem>().AnyAsync(IdenticalTo(item), Aborted))
            {
                return Done(Added(item));
            }
            if (!await RulesHoldAsync(item))
            {
                return await ShowAsync();
            }
            await BeforeAddAsync(item);
            Db.Add(item);
            try
            {
                await Db.SaveChangesAsync(Aborted);
            }
            catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
            {
                // The lock holds only within this process: another instance may have added the same
                // code or unit between the check and the save, and the unique index refused this one.
                Db.ChangeTracker.Clear();
                if (await RulesHoldAsync(item))
                {
                    ModelState.AddModelError(string.Empty, L["Det gick inte att spara eftersom någon annan ändrade samtidigt. Försök igen."]);
                }
                return await ShowAsync();
            }
        }
        return Done(Added(item));
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadRowsAsync();
        if (Project.CanEdit)
        {
            await LoadChoicesAsync();
        }
        return Page();
    }

    /// <summary>The next order number: after the project's last item.</summary>
    protected async Task<int> NextOrderAsync(Expression<Func<TItem, int>> order) =>
        (await Db.Set<TItem>().Where(x => x.ProjectId == Project.Id).Select(order).Select(o => (int?)o).MaxAsync(Aborted) ?? 0) + 1;
}

/// <summary>One lock per stripe of projects: adds to the same project wait for each other, in this process.</summary>
internal static class AddLock
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> ForProjectAsync(int projectId, CancellationToken ct)
    {
        var stripe = Stripes[(projectId & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
