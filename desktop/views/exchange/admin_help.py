"""What an administrator sets up in Microsoft Entra and Exchange Online for the
synchronization (the same help as the README's), shown in the sign-in dialog for whoever
opens it first."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: what an administrator sets up (sections of a title and paragraphs); the README says the same
ADMIN_HELP = [
    (QT_TRANSLATE_NOOP("AdminHelp", "1. Register the application"), [
        QT_TRANSLATE_NOOP("AdminHelp", "In the Microsoft Entra admin center, App registrations > "
                          "New registration: accounts in this organizational directory only. "
                          "Copy the Application (client) ID and the Directory (tenant) ID into "
                          "the synchronization settings.")]),
    (QT_TRANSLATE_NOOP("AdminHelp", "2. Permissions, by sign-in"), [
        QT_TRANSLATE_NOOP("AdminHelp", "Application (secret or certificate), one synchronization "
                          "for the company: Microsoft Graph application permissions "
                          "Calendars.ReadWrite, Tasks.ReadWrite.All (leave it out and untick "
                          "Synchronize tasks to synchronize calendars only) and Mail.Send (only "
                          "to send e-mails from the CRM), then Grant admin consent. Add a client "
                          "secret, or upload the certificate and give the CRM its PEM file with "
                          "the private key."),
        QT_TRANSLATE_NOOP("AdminHelp", "Own mailbox (each salesperson signs in): delegated "
                          "permissions Calendars.ReadWrite, Tasks.ReadWrite and Mail.Send; grant "
                          "admin consent so that nobody is asked. Under Authentication, set Allow "
                          "public client flows to Yes (the device code), and add the platform "
                          "Mobile and desktop applications with the redirect address "
                          "http://localhost (the browser sign-in).")]),
    (QT_TRANSLATE_NOOP("AdminHelp", "3. Limit the application to the sync users' mailboxes"), [
        QT_TRANSLATE_NOOP("AdminHelp", "Application permissions reach every mailbox of the "
                          "tenant until they are scoped. In Exchange Online PowerShell, put the "
                          "sync users in a mail-enabled security group and run "
                          "New-ApplicationAccessPolicy -AppId <client id> -PolicyScopeGroupId "
                          "<group> -AccessRight RestrictAccess (check it with "
                          "Test-ApplicationAccessPolicy), or use RBAC for Applications "
                          "(New-ManagementScope, New-ManagementRoleAssignment with the role "
                          "Application Calendars.ReadWrite). A mailbox left out waits alone: the "
                          "status bar names it and the permission to grant; the others go on.")]),
    (QT_TRANSLATE_NOOP("AdminHelp", "4. Other clouds"), [
        QT_TRANSLATE_NOOP("AdminHelp", "For Microsoft 365 US Government or operated by 21Vianet, "
                          "enter that cloud's Graph address and sign-in authority (for example "
                          "https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us).")]),
]


def admin_help() -> str:
    """What an administrator sets up for the synchronization with Exchange Online, as HTML in
    the user's language."""
    def tr(text: str) -> str:
        return html.escape(QCoreApplication.translate("AdminHelp", text))

    return "".join(f"<h4>{tr(title)}</h4>" + "".join(f"<p>{tr(p)}</p>" for p in paragraphs)
                   for title, paragraphs in ADMIN_HELP)
