namespace Kommunpilot.Features.Communication.Views;

/// <summary>How a message reaches a target group: through activities carrying it, or because the message names the group.</summary>
/// <param name="Activities">Activities carrying the message that target the group.</param>
/// <param name="Named">The message names the group, or the group's priority class.</param>
public sealed record MessageReach(int Activities, bool Named)
{
    public bool Reaches => Activities > 0 || Named;
}

/// <summary>
/// The coverage matrix: target groups against channels and against messages, counting the activities
/// that reach each group, and the gaps: the core and primary groups no activity reaches, the channels
/// no activity uses and the messages no activity carries. Cancelled activities do not count.
/// </summary>
public sealed class Coverage
{
    private readonly Dictionary<(int Group, int Channel), int> _byChannel = [];
    private readonly Dictionary<int, int> _withoutChannel = [];
    private readonly Dictionary<int, int> _groupTotals = [];
    private readonly Dictionary<int, int> _channelTotals = [];
    private readonly Dictionary<int, int> _messageTotals = [];
    private readonly Dictionary<(int Group, int Message), int> _byMessage = [];
    private readonly HashSet<(int Group, int Message)> _named = [];

    /// <summary>The target groups, core first, then primary, secondary and those without a priority; the register's order within each.</summary>
    public IReadOnlyList<GroupFact> Groups { get; }
    public IReadOnlyList<ChannelFact> Channels { get; }
    public IReadOnlyList<MessageFact> Messages { get; }
    /// <summary>The activities counted (all but the cancelled).</summary>
    public int ActivityCount { get; }
    public int CancelledCount { get; }
    /// <summary>Counted activities that name no target group.</summary>
    public int WithoutGroupCount { get; }

    public Coverage(IReadOnlyList<GroupFact> groups, IReadOnlyList<ChannelFact> channels, IReadOnlyList<MessageFact> messages, IReadOnlyList<ActivityFact> activities)
    {
        Groups = [.. groups.OrderBy(g => g.Priority ?? (StakeholderPriority)int.MaxValue).ThenBy(g => g.Order).ThenBy(g => g.Id)];
        Channels = channels;
        Messages = messages;
        var counted = activities.Where(a => a.Status != ActivityStatus.Cancelled).ToList();
        ActivityCount = counted.Count;
        CancelledCount = activities.Count - counted.Count;
        WithoutGroupCount = counted.Count(a => a.StakeholderIds.Count == 0);

        foreach (var a in counted)
        {
            foreach (var channel in a.ChannelIds.Distinct())
            {
                Add(_channelTotals, channel);
            }
            if (a.MessageId is { } carried)
            {
                Add(_messageTotals, carried);
            }
            foreach (var group in a.StakeholderIds.Distinct())
            {
                Add(_groupTotals, group);
                if (a.ChannelIds.Count == 0)
                {
                    Add(_withoutChannel, group);
                }
                foreach (var channel in a.ChannelIds.Distinct())
                {
                    Add(_byChannel, (group, channel));
                }
                if (a.MessageId is { } message)
                {
                    Add(_byMessage, (group, message));
                }
            }
        }
        foreach (var m in messages)
        {
            foreach (var g in groups.Where(g => m.StakeholderIds.Contains(g.Id) || (m.Priority is { } p && g.Priority == p)))
            {
                _named.Add((g.Id, m.Id));
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Activities that reach the group through the channel.</summary>
    public int Count(int groupId, int channelId) => _byChannel.GetValueOrDefault((groupId, channelId));

    /// <summary>Activities that reach the group without naming any channel.</summary>
    public int WithoutChannel(int groupId) => _withoutChannel.GetValueOrDefault(groupId);

    public bool AnyWithoutChannel => _withoutChannel.Count > 0;

    /// <summary>Activities that reach the group, through any channel or none.</summary>
    public int GroupTotal(int groupId) => _groupTotals.GetValueOrDefault(groupId);

    /// <summary>Activities using the channel, whichever groups they reach.</summary>
    public int ChannelTotal(int channelId) => _channelTotals.GetValueOrDefault(channelId);

    /// <summary>Activities carrying the message.</summary>
    public int MessageTotal(int messageId) => _messageTotals.GetValueOrDefault(messageId);

    public MessageReach Reach(int groupId, int messageId) =>
        new(_byMessage.GetValueOrDefault((groupId, messageId)), _named.Contains((groupId, messageId)));

    /// <summary>Core and primary groups no activity reaches: the warnings, core first.</summary>
    public IReadOnlyList<GroupFact> UnreachedKeyGroups =>
        [.. Groups.Where(g => g.Priority is StakeholderPriority.Core or StakeholderPriority.Primary && GroupTotal(g.Id) == 0)];

    /// <summary>Secondary groups and groups without a priority that no activity reaches.</summary>
    public IReadOnlyList<GroupFact> UnreachedOtherGroups =>
        [.. Groups.Where(g => g.Priority is not (StakeholderPriority.Core or StakeholderPriority.Primary) && GroupTotal(g.Id) == 0)];

    public IReadOnlyList<ChannelFact> UnusedChannels => [.. Channels.Where(c => ChannelTotal(c.Id) == 0)];

    public IReadOnlyList<MessageFact> UncarriedMessages => [.. Messages.Where(m => MessageTotal(m.Id) == 0)];
}
