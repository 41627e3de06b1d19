namespace Kommunpilot.Infrastructure.Auditing;

/// <summary>Who changed what and when. Written in the same transaction as the change.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }
    public int? ProjectId { get; set; }
    public int? OrganizationId { get; set; }
    /// <summary>The communication plan the change belongs to, if any.</summary>
    public int? PlanId { get; set; }
    /// <summary>JSON: [{"p":"Name","o":"old","n":"new"}].</summary>
    public required string Changes { get; set; }
}
