using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kommunpilot.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommunicationPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlanId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommunicationPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunicationPeople_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommunicationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PreviousPlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Background = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OverallObjective = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Approach = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ActivitiesIntroduction = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CoreDefinition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrimaryDefinition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SecondaryDefinition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    BudgetNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunicationPlans_CommunicationPlans_PreviousPlanId",
                        column: x => x.PreviousPlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CommunicationPlans_DecisionBodies_DecisionBodyId",
                        column: x => x.DecisionBodyId,
                        principalTable: "DecisionBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationPlans_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationPlans_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ResponsibleRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Channels_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasurableGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ManualProgress = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Achieved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurableGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurableGoals_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Feeling = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    How = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Clarification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExpectedEffect = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMessages_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanRevisions_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanRisks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Consequence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Mitigation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanRisks_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PrioritisedIfDecided = table.Column<bool>(type: "INTEGER", nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Influence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Interest = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PassesOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    PassesOnTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stakeholders_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MessageText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    TimingText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimingKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimingProblem = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedHours = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    How = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reach = table.Column<int>(type: "INTEGER", nullable: true),
                    ActualHours = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    MeasurableGoalId = table.Column<int>(type: "INTEGER", nullable: true),
                    GoalContribution = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActivities_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActivities_MeasurableGoals_MeasurableGoalId",
                        column: x => x.MeasurableGoalId,
                        principalTable: "MeasurableGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanActivities_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanActivities_PlanMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "PlanMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CommunicationGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Aspect = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunicationGoals_CommunicationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CommunicationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommunicationGoals_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MessageStakeholders",
                columns: table => new
                {
                    MessageId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageStakeholders", x => new { x.MessageId, x.StakeholderId });
                    table.ForeignKey(
                        name: "FK_MessageStakeholders_PlanMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "PlanMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MessageStakeholders_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityChannels",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityChannels", x => new { x.ActivityId, x.ChannelId });
                    table.ForeignKey(
                        name: "FK_ActivityChannels_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityChannels_PlanActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "PlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityResponsibles",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityResponsibles", x => new { x.ActivityId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ActivityResponsibles_CommunicationPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CommunicationPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActivityResponsibles_PlanActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "PlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityStakeholders",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityStakeholders", x => new { x.ActivityId, x.StakeholderId });
                    table.ForeignKey(
                        name: "FK_ActivityStakeholders_PlanActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "PlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityStakeholders_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PlanId_At",
                table: "AuditEntries",
                columns: new[] { "PlanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityChannels_ChannelId",
                table: "ActivityChannels",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityResponsibles_PersonId",
                table: "ActivityResponsibles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityStakeholders_StakeholderId",
                table: "ActivityStakeholders",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_PlanId_Name",
                table: "Channels",
                columns: new[] { "PlanId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationGoals_PlanId",
                table: "CommunicationGoals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationGoals_StakeholderId",
                table: "CommunicationGoals",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPeople_CalendarToken",
                table: "CommunicationPeople",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPeople_OrganizationId_Name",
                table: "CommunicationPeople",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlans_CalendarToken",
                table: "CommunicationPlans",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlans_DecisionBodyId",
                table: "CommunicationPlans",
                column: "DecisionBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlans_OrganizationId",
                table: "CommunicationPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlans_PreviousPlanId",
                table: "CommunicationPlans",
                column: "PreviousPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlans_ProjectId",
                table: "CommunicationPlans",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurableGoals_PlanId",
                table: "MeasurableGoals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageStakeholders_StakeholderId",
                table: "MessageStakeholders",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_MeasurableGoalId",
                table: "PlanActivities",
                column: "MeasurableGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_MessageId",
                table: "PlanActivities",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_MilestoneId",
                table: "PlanActivities",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_PlanId_StartDate",
                table: "PlanActivities",
                columns: new[] { "PlanId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActivities_Status",
                table: "PlanActivities",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMessages_PlanId",
                table: "PlanMessages",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisions_PlanId",
                table: "PlanRevisions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanRisks_PlanId",
                table: "PlanRisks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_PlanId_Name",
                table: "Stakeholders",
                columns: new[] { "PlanId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityChannels");

            migrationBuilder.DropTable(
                name: "ActivityResponsibles");

            migrationBuilder.DropTable(
                name: "ActivityStakeholders");

            migrationBuilder.DropTable(
                name: "CommunicationGoals");

            migrationBuilder.DropTable(
                name: "MessageStakeholders");

            migrationBuilder.DropTable(
                name: "PlanRevisions");

            migrationBuilder.DropTable(
                name: "PlanRisks");

            migrationBuilder.DropTable(
                name: "Channels");

            migrationBuilder.DropTable(
                name: "CommunicationPeople");

            migrationBuilder.DropTable(
                name: "PlanActivities");

            migrationBuilder.DropTable(
                name: "Stakeholders");

            migrationBuilder.DropTable(
                name: "MeasurableGoals");

            migrationBuilder.DropTable(
                name: "PlanMessages");

            migrationBuilder.DropTable(
                name: "CommunicationPlans");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_PlanId_At",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PlanId",
                table: "AuditEntries");
        }
    }
}
