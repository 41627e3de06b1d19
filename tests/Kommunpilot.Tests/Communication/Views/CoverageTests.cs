using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Views;
using static Kommunpilot.Tests.Communication.Views.Facts;

namespace Kommunpilot.Tests.Communication.Views;

public sealed class CoverageTests
{
    private static readonly GroupFact Board = new(1, "Styrgruppen", StakeholderPriority.Core, null, null, 1);
    private static readonly GroupFact Staff = new(2, "Medarbetare", StakeholderPriority.Primary, null, null, 2);
    private static readonly GroupFact Public = new(3, "Allmänheten", StakeholderPriority.Secondary, null, null, 3);
    private static readonly GroupFact Council = new(4, "Nämnden", StakeholderPriority.Core, null, null, 4);
    private static readonly ChannelFact Meeting = new(10, "Möte", 1);
    private static readonly ChannelFact Letter = new(11, "Nyhetsbrev", 2);
    private static readonly ChannelFact Web = new(12, "Webb", 3);
    private static readonly MessageFact ForCore = new(20, 1, StakeholderPriority.Core, "Till kärnan", null, null, null, null, 1, []);
    private static readonly MessageFact ForStaff = new(21, null, null, null, "Vi gör så här", null, null, null, 2, [Staff.Id]);
    private static readonly MessageFact Unused = new(22, 3, null, "Ingen bär mig", null, null, null, null, 3, []);

    private static Coverage Build(params ActivityFact[] activities) =>
        new([Public, Staff, Board, Council], [Meeting, Letter, Web], [ForCore, ForStaff, Unused], activities);

    [Fact]
    public void Counts_activities_per_group_and_channel_and_lists_core_groups_first()
    {
        var c = Build(
            Activity(groups: [Board.Id, Staff.Id], channels: [Meeting.Id, Letter.Id], message: ForCore.Id),
            Activity(groups: [Staff.Id], channels: [Letter.Id]),
            Activity(groups: [Public.Id]));

        Assert.Equal(["Styrgruppen", "Nämnden", "Medarbetare", "Allmänheten"], c.Groups.Select(g => g.Name));
        Assert.Equal(1, c.Count(Board.Id, Meeting.Id));
        Assert.Equal(2, c.Count(Staff.Id, Letter.Id));
        Assert.Equal(0, c.Count(Public.Id, Meeting.Id));
        Assert.Equal(1, c.WithoutChannel(Public.Id));
        Assert.Equal(2, c.GroupTotal(Staff.Id));
        Assert.Equal(2, c.ChannelTotal(Letter.Id));
        Assert.Equal(1, c.ChannelTotal(Meeting.Id));
    }

    [Fact]
    public void A_core_group_no_activity_reaches_is_a_gap_and_a_cancelled_activity_does_not_count()
    {
        var c = Build(
            Activity(groups: [Board.Id, Staff.Id], channels: [Meeting.Id], message: ForCore.Id),
            Activity(groups: [Council.Id], channels: [Web.Id], message: Unused.Id, status: ActivityStatus.Cancelled));

        Assert.Equal(["Nämnden"], c.UnreachedKeyGroups.Select(g => g.Name));
        Assert.Equal(["Allmänheten"], c.UnreachedOtherGroups.Select(g => g.Name));
        Assert.Equal(0, c.GroupTotal(Council.Id));
        Assert.Equal(["Nyhetsbrev", "Webb"], c.UnusedChannels.Select(ch => ch.Name));
        Assert.Equal([ForStaff.Id, Unused.Id], c.UncarriedMessages.Select(m => m.Id));
        Assert.Equal(1, c.ActivityCount);
        Assert.Equal(1, c.CancelledCount);
    }

    [Fact]
    public void A_message_reaches_a_group_through_activities_or_by_naming_it_or_its_priority()
    {
        var c = Build(Activity(groups: [Board.Id, Public.Id], message: ForCore.Id));

        Assert.Equal(new MessageReach(1, true), c.Reach(Board.Id, ForCore.Id));
        Assert.Equal(new MessageReach(0, true), c.Reach(Council.Id, ForCore.Id)); // a core group, not named by any activity
        Assert.Equal(new MessageReach(1, false), c.Reach(Public.Id, ForCore.Id));
        Assert.Equal(new MessageReach(0, true), c.Reach(Staff.Id, ForStaff.Id));
        Assert.False(c.Reach(Board.Id, ForStaff.Id).Reaches);
        Assert.Equal("Till kärnan", ForCore.Summary);
        Assert.Equal("Vi gör så här", ForStaff.Summary);
        Assert.Equal(91, (ForStaff with { What = new string('v', 200) }).Summary.Length);
    }
}
