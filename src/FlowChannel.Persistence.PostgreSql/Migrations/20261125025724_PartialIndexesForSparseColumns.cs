using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowChannel.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PartialIndexesForSparseColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Date",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Number",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_LinkedRecordId_FieldKey",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords");

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Date",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Date", "RecordId" },
                filter: "\"Date\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Number",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Number", "RecordId" },
                filter: "\"Number\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_LinkedRecordId_FieldKey",
                table: "RecordFieldValues",
                columns: new[] { "LinkedRecordId", "FieldKey" },
                filter: "\"LinkedRecordId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords",
                columns: new[] { "FormId", "DepartmentId" },
                filter: "\"DepartmentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords",
                columns: new[] { "FormId", "PartnerId" },
                filter: "\"PartnerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords",
                column: "WorkflowInstanceId",
                filter: "\"WorkflowInstanceId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Date",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Number",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_RecordFieldValues_LinkedRecordId_FieldKey",
                table: "RecordFieldValues");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords");

            migrationBuilder.DropIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords");

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Date",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Date", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_FormId_FieldKey_Number",
                table: "RecordFieldValues",
                columns: new[] { "FormId", "FieldKey", "Number", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordFieldValues_LinkedRecordId_FieldKey",
                table: "RecordFieldValues",
                columns: new[] { "LinkedRecordId", "FieldKey" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_DepartmentId",
                table: "FormRecords",
                columns: new[] { "FormId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_FormId_PartnerId",
                table: "FormRecords",
                columns: new[] { "FormId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormRecords_WorkflowInstanceId",
                table: "FormRecords",
                column: "WorkflowInstanceId");
        }
    }
}
