using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partner.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GreenhouseBrandAndInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tests that exist keep working as new ones do: invitations of 14 days, a reminder 2 days before the expiry.
            migrationBuilder.AddColumn<long>(
                name: "InvitationExpiresAt",
                table: "TestInstances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredName",
                table: "TestInstances",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindAt",
                table: "TestInstances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "TestInstances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReminderMessageId",
                table: "TestInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBy",
                table: "TestInstances",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccentColor",
                table: "Organizations",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Organizations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailSenderName",
                table: "Organizations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationBody",
                table: "Organizations",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationSubject",
                table: "Organizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoUrl",
                table: "Organizations",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderBody",
                table: "Organizations",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderSubject",
                table: "Organizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyTo",
                table: "Organizations",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Organizations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedLogoHash",
                table: "Organizations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InvitationLifetimeDays",
                table: "AssessmentTests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<int>(
                name: "ReminderDaysBeforeExpiry",
                table: "AssessmentTests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.CreateTable(
                name: "OrganizationLogos",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
