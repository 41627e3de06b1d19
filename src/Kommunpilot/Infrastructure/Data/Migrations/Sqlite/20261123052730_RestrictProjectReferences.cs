using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kommunpilot.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RestrictProjectReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Programmes_ProgrammeId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_ProjectModels_ProjectModelId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_ProjectPhases_CurrentPhaseId",
                table: "Projects");

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Programmes_ProgrammeId",
                table: "Projects",
                column: "ProgrammeId",
                principalTable: "Programmes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_ProjectModels_ProjectModelId",
                table: "Projects",
                column: "ProjectModelId",
                principalTable: "ProjectModels",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_ProjectPhases_CurrentPhaseId",
                table: "Projects",
                column: "CurrentPhaseId",
                principalTable: "ProjectPhases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Programmes_ProgrammeId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_ProjectModels_ProjectModelId",
                table: "Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Projects_ProjectPhases_CurrentPhaseId",
                table: "Projects");

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Programmes_ProgrammeId",
                table: "Projects",
                column: "ProgrammeId",
                principalTable: "Programmes",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_ProjectModels_ProjectModelId",
                table: "Projects",
                column: "ProjectModelId",
                principalTable: "ProjectModels",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_ProjectPhases_CurrentPhaseId",
                table: "Projects",
                column: "CurrentPhaseId",
                principalTable: "ProjectPhases",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
