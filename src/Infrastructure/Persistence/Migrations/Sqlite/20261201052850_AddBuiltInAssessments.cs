using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBuiltInAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswersJson",
                table: "TestInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsToken",
                table: "TestInstances",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassMarkPercent",
                table: "AssessmentTests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuestionsJson",
                table: "AssessmentTests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimeLimitMinutes",
                table: "AssessmentTests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TestInstances_ResultsToken",
                table: "TestInstances",
                column: "ResultsToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TestInstances_ResultsToken",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "AnswersJson",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "ResultsToken",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "PassMarkPercent",
                table: "AssessmentTests");

            migrationBuilder.DropColumn(
                name: "QuestionsJson",
                table: "AssessmentTests");

            migrationBuilder.DropColumn(
                name: "TimeLimitMinutes",
                table: "AssessmentTests");
        }
    }
}
