using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalRoundsTimelineNotificationCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_BookmarkId",
                table: "WorkflowTasks");

            migrationBuilder.AddColumn<string>(
                name: "AddedPosition",
                table: "WorkflowTasks",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "WorkflowTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "WorkflowTasks",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "approval");

            migrationBuilder.AddColumn<string>(
                name: "OverdueAction",
                table: "WorkflowTasks",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentTaskId",
                table: "WorkflowTasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PolicyJson",
                table: "WorkflowTasks",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemindAt",
                table: "WorkflowTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "WorkflowTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "WorkflowTasks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsCopy",
                table: "Notifications",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "WorkflowTimeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstanceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActivityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    TargetUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowTimeline", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_BookmarkId",
                table: "WorkflowTasks",
                column: "BookmarkId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_Status_DueAt",
                table: "WorkflowTasks",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_Status_RemindAt",
                table: "WorkflowTasks",
                columns: new[] { "Status", "RemindAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTimeline_InstanceId_At",
                table: "WorkflowTimeline",
                columns: new[] { "InstanceId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkflowTimeline");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_BookmarkId",
                table: "WorkflowTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_Status_DueAt",
                table: "WorkflowTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_Status_RemindAt",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "AddedPosition",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "OverdueAction",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "ParentTaskId",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "PolicyJson",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "RemindAt",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "IsCopy",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_BookmarkId",
                table: "WorkflowTasks",
                column: "BookmarkId",
                unique: true);
        }
    }
}
