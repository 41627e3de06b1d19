using System.ComponentModel.DataAnnotations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>
/// The rules of a responsible person, one set for the pages and the API: the input's own checks, a
/// valid e-mail address, a linked user who is a member of the organisation and not already linked to
/// someone else there, and a name not already used in the organisation.
/// </summary>
public static class PersonRules
{
    /// <param name="existing">The person being changed; null when adding one. A user already linked stays valid even if they have left the organisation.</param>
    public static async Task<List<RegisterError>> CheckAsync(AppDbContext db, int organizationId, CommunicationPerson? existing, PersonInput input, CancellationToken ct)
    {
        var errors = RegisterValidation.Check(input);
        if (RegisterValidation.Clean(input.Email) is { } email && !errors.Any(e => e.Field == nameof(input.Email)) && !new EmailAddressAttribute().IsValid(email))
        {
            errors.Add(new(nameof(input.Email), "Ange en giltig e-postadress, till exempel namn@kommun.se."));
        }
        var others = await db.CommunicationPeople.AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && p.Id != (existing == null ? 0 : existing.Id))
            .Select(p => new { p.Name, p.UserId })
            .ToListAsync(ct);
        if (!errors.Any(e => e.Field == nameof(input.Name)) && UniqueNames.Taken(input.Name, others.Select(o => o.Name)))
        {
            errors.Add(new(nameof(input.Name), "Det finns redan en ansvarig som heter {0} i organisationen.", RegisterValidation.Clean(input.Name)!));
        }
        if (RegisterValidation.Clean(input.UserId) is { } userId && !errors.Any(e => e.Field == nameof(input.UserId)))
        {
            var member = userId == existing?.UserId
                || await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == userId, ct);
            if (!member)
            {
                errors.Add(new(nameof(input.UserId), "Välj en användare som är medlem i organisationen."));
            }
            else if (others.FirstOrDefault(o => o.UserId == userId) is { } linked)
            {
                errors.Add(new(nameof(input.UserId), "Användaren är redan kopplad till {0}.", linked.Name));
            }
        }
        return errors;
    }
}
