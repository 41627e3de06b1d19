using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Views;

namespace Kommunpilot.Tests.Communication.Views;

public sealed class StakeholderMapTests
{
    [Theory]
    [InlineData(Level.High, Level.High, Quadrant.ManageClosely)]
    [InlineData(Level.Medium, Level.High, Quadrant.ManageClosely)]
    [InlineData(Level.Medium, Level.Medium, Quadrant.ManageClosely)]
    [InlineData(Level.High, Level.Low, Quadrant.KeepSatisfied)]
    [InlineData(Level.Low, Level.High, Quadrant.KeepInformed)]
    [InlineData(Level.Low, Level.Medium, Quadrant.KeepInformed)]
    [InlineData(Level.Low, Level.Low, Quadrant.Monitor)]
    public void Medium_counts_as_high_when_naming_the_field(Level influence, Level interest, Quadrant expected) =>
        Assert.Equal(expected, StakeholderMap.QuadrantOf(influence, interest));

    [Fact]
    public void Names_in_the_same_cell_are_stacked_and_the_row_grows_to_hold_them()
    {
        var groups = Enumerable.Range(1, 8)
            .Select(i => new GroupFact(i, $"Grupp {i}", StakeholderPriority.Primary, Level.High, Level.High, i))
            .Append(new GroupFact(9, "Ensam", StakeholderPriority.Core, Level.Low, Level.Low, 9))
            .Append(new GroupFact(10, "Utan intresse", StakeholderPriority.Core, Level.High, null, 10))
            .ToList();
        var map = new StakeholderMap(groups);

        var full = map.Cells.Single(c => c.Influence == Level.High && c.Interest == Level.High);
        Assert.Equal(8, full.Names.Count);
        Assert.Equal(8, full.Names.Select(n => n.Y).Distinct().Count());
        Assert.All(full.Names, n => Assert.InRange(n.Y, full.Box.Y, full.Box.Y + full.Box.Height));
        Assert.True(full.Box.Height > StakeholderMap.MinCellHeight);
        Assert.Equal(StakeholderMap.MinCellHeight, map.Rows[Level.Low].Height);
        Assert.Equal(["Utan intresse"], map.Unplaced.Select(g => g.Name));
        Assert.Equal(9, map.Placed.Count);
        Assert.Equal(4, map.Quadrants.Count);

        // The quadrants cover the grid without overlapping: their areas add up to the grid's.
        Assert.Equal(map.GridWidth * map.GridHeight, map.Quadrants.Sum(q => q.Box.Width * q.Box.Height), 3);
    }

    [Fact]
    public void A_long_name_takes_two_lines_broken_between_words_and_a_very_long_one_is_shortened()
    {
        Assert.Equal(["Kort namn"], StakeholderMap.Lines("  Kort   namn "));
        Assert.Equal(["Kommunstyrelsen i", "medlemskommunerna"], StakeholderMap.Lines("Kommunstyrelsen i medlemskommunerna"));
        var lines = StakeholderMap.Lines("Enhetschefer inom äldreomsorgen och hemtjänsten i samtliga medlemskommuner");
        Assert.Equal("Enhetschefer inom", lines[0]);
        Assert.Equal(StakeholderMap.LineLength, lines[1].Length);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.All(StakeholderMap.Lines(new string('x', 70)), l => Assert.True(l.Length <= StakeholderMap.LineLength));
    }

    [Fact]
    public void A_name_on_two_lines_pushes_the_next_name_down()
    {
        var map = new StakeholderMap(
        [
            new GroupFact(1, "Kommunstyrelsen i medlemskommunerna", StakeholderPriority.Core, Level.Low, Level.Low, 1),
            new GroupFact(2, "Allmänheten", StakeholderPriority.Secondary, Level.Low, Level.Low, 2),
        ]);
        var names = map.Cells.Single(c => c.Names.Count == 2).Names;
        Assert.Equal(StakeholderMap.LineHeight + StakeholderMap.WrapHeight, names[1].Y - names[0].Y);
    }
}
