using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kommunpilot.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KoladaMunicipalityId",
                table: "Organizations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KoladaValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    KpiId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MunicipalityId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Gender = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KoladaValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KoladaValues_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KpiAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiAreas_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportingOccasions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PerMonth = table.Column<int>(type: "integer", nullable: false),
                    PerDay = table.Column<int>(type: "integer", nullable: false),
                    DueMonth = table.Column<int>(type: "integer", nullable: false),
                    DueDay = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingOccasions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingOccasions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnAreaId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitLabel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Decimals = table.Column<int>(type: "integer", nullable: false),
                    MinValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MaxValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Direction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BaselineValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TargetValue = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Method = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PilotSiteId = table.Column<int>(type: "integer", nullable: true),
                    KoladaKpiId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    KoladaComparisonId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kpis_KpiAreas_OwnAreaId",
                        column: x => x.OwnAreaId,
                        principalTable: "KpiAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kpis_PilotSites_PilotSiteId",
                        column: x => x.PilotSiteId,
                        principalTable: "PilotSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kpis_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportingOccasionId = table.Column<int>(type: "integer", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AdoptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AdoptedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: true),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectReports_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectReports_ReportingOccasions_ReportingOccasionId",
                        column: x => x.ReportingOccasionId,
                        principalTable: "ReportingOccasions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Measurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    KpiId = table.Column<int>(type: "integer", nullable: false),
                    PilotSiteId = table.Column<int>(type: "integer", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measurements_Kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "Kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Measurements_PilotSites_PilotSiteId",
                        column: x => x.PilotSiteId,
                        principalTable: "PilotSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReportRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    DecisionBodyId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportRecipients_DecisionBodies_DecisionBodyId",
                        column: x => x.DecisionBodyId,
                        principalTable: "DecisionBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportRecipients_ProjectReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProjectReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportRecipients_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReportSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSections_ProjectReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProjectReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportSections_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReportMeasurementUses",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    MeasurementId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportMeasurementUses", x => new { x.ReportId, x.MeasurementId });
                    table.ForeignKey(
                        name: "FK_ReportMeasurementUses_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportMeasurementUses_ProjectReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ProjectReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KoladaValues_OrganizationId_KpiId_MunicipalityId_Period_Gen~",
                table: "KoladaValues",
                columns: new[] { "OrganizationId", "KpiId", "MunicipalityId", "Period", "Gender" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiAreas_OrganizationId_Name",
                table: "KpiAreas",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_OwnAreaId",
                table: "Kpis",
                column: "OwnAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_PilotSiteId",
                table: "Kpis",
                column: "PilotSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_ProjectId_Name",
                table: "Kpis",
                columns: new[] { "ProjectId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_KpiId_PeriodStart_Project",
                table: "Measurements",
                columns: new[] { "KpiId", "PeriodStart" },
                unique: true,
                filter: "\"PilotSiteId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_KpiId_PilotSiteId_PeriodStart",
                table: "Measurements",
                columns: new[] { "KpiId", "PilotSiteId", "PeriodStart" },
                unique: true,
                filter: "\"PilotSiteId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_PilotSiteId",
                table: "Measurements",
                column: "PilotSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_ProjectId_PeriodStart",
                table: "Measurements",
                columns: new[] { "ProjectId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReports_ProjectId_Kind_Number",
                table: "ProjectReports",
                columns: new[] { "ProjectId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReports_ReportingOccasionId",
                table: "ProjectReports",
                column: "ReportingOccasionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReports_Status_DueDate",
                table: "ProjectReports",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingOccasions_OrganizationId_Name",
                table: "ReportingOccasions",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportMeasurementUses_MeasurementId",
                table: "ReportMeasurementUses",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportRecipients_DecisionBodyId",
                table: "ReportRecipients",
                column: "DecisionBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportRecipients_ProjectId",
                table: "ReportRecipients",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportRecipients_ReportId",
                table: "ReportRecipients",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_ProjectId",
                table: "ReportSections",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_ReportId",
                table: "ReportSections",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KoladaValues");

            migrationBuilder.DropTable(
                name: "ReportMeasurementUses");

            migrationBuilder.DropTable(
                name: "ReportRecipients");

            migrationBuilder.DropTable(
                name: "ReportSections");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropTable(
                name: "ProjectReports");

            migrationBuilder.DropTable(
                name: "Kpis");

            migrationBuilder.DropTable(
                name: "ReportingOccasions");

            migrationBuilder.DropTable(
                name: "KpiAreas");

            migrationBuilder.DropColumn(
                name: "KoladaMunicipalityId",
                table: "Organizations");
        }
    }
}
