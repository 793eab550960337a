using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TaskDelegations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskDelegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DelegateUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskDelegations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_CompletedByUserId_Status",
                table: "WorkflowTasks",
                columns: new[] { "CompletedByUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskDelegations_DelegateUserId",
                table: "TaskDelegations",
                column: "DelegateUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskDelegations_UserId",
                table: "TaskDelegations",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskDelegations");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_CompletedByUserId_Status",
                table: "WorkflowTasks");
        }
    }
}
