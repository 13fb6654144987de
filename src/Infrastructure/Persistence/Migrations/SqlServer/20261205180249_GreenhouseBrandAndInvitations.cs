using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GreenhouseBrandAndInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tests that exist keep working as new ones do: invitations of 14 days, a reminder 2 days before the expiry.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InvitationExpiresAt",
                table: "TestInstances",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredName",
                table: "TestInstances",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindAt",
                table: "TestInstances",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "TestInstances",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReminderMessageId",
                table: "TestInstances",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBy",
                table: "TestInstances",
                type: "nvarchar(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccentColor",
                table: "Organizations",
                type: "nvarchar(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Organizations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailSenderName",
                table: "Organizations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationBody",
                table: "Organizations",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationSubject",
                table: "Organizations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoUrl",
                table: "Organizations",
                type: "nvarchar(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderBody",
                table: "Organizations",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderSubject",
                table: "Organizations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyTo",
                table: "Organizations",
                type: "nvarchar(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Organizations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedLogoHash",
                table: "Organizations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InvitationLifetimeDays",
                table: "AssessmentTests",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "ReminderDaysBeforeExpiry",
                table: "AssessmentTests",
                type: "int",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.CreateTable(
                name: "OrganizationLogos",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationLogos", x => x.OrganizationId);
                    table.ForeignKey(
                        name: "FK_OrganizationLogos_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganizationLogos");

            migrationBuilder.DropColumn(
                name: "InvitationExpiresAt",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "PreferredName",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "RemindAt",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "ReminderMessageId",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "SentBy",
                table: "TestInstances");

            migrationBuilder.DropColumn(
                name: "AccentColor",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "EmailSenderName",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "InvitationBody",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "InvitationSubject",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "LogoUrl",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ReminderBody",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ReminderSubject",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ReplyTo",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "UploadedLogoHash",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "InvitationLifetimeDays",
                table: "AssessmentTests");

            migrationBuilder.DropColumn(
                name: "ReminderDaysBeforeExpiry",
                table: "AssessmentTests");
        }
    }
}
