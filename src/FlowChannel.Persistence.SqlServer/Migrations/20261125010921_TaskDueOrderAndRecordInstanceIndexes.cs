using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TaskDueOrderAndRecordInstanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_Status_AssigneeUserId",
                table: "WorkflowTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_Status_AssigneeUserId_DueAt",
                table: "WorkflowTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords",
                column: "WorkflowInstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowTasks_Status_AssigneeUserId_DueAt",
                table: "WorkflowTasks");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTasks_Status_AssigneeUserId",
                table: "WorkflowTasks",
                columns: new[] { "Status", "AssigneeUserId" });
        }
    }
}
