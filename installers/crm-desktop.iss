; Inno Setup script of the Windows installer (python installers/build.py on Windows runs it
; with /DAppVersion=X.Y.Z /DSourceDir=dist\crm-desktop, and /DSign /Scrmsign=... when the
; company's signing command is configured).
; Needs Inno Setup 6.3 or later: "x64compatible" below is an architecture identifier of 6.3
; (https://jrsoftware.org/ishelp/topic_archidentifiers.htm); ISPP's Ver is the compiler's
; version and EncodeVer builds one to compare (https://jrsoftware.org/ispphelp/).
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs, the
; shortcuts to the user's Start menu and desktop. The database, the settings and the logs live
; in %LOCALAPPDATA%\crm-desktop, which the uninstaller does not touch. A new version installs
; over the old one in place: the AppId below must never change.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible); install it from jrsoftware.org
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\crm-desktop"
#endif
#define AppName "CRM desktop"
#define AppExe "crm-desktop.exe"
#define AppUserModelID "CRMDesktop.CRM.Desktop"

[Setup]
AppId={{6B1C7E52-3D4A-4F0B-9E27-8A5C1D2F4E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRM desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user only: no administrator rights, and no "install for all users" offer, which
; PrivilegesRequiredOverridesAllowed would add (https://jrsoftware.org/ishelp/
; topic_setup_privilegesrequired.htm, topic_setup_privilegesrequiredoverridesallowed.htm);
; {autopf} is then %LOCALAPPDATA%\Programs (topic_consts.htm)
PrivilegesRequired=lowest
; Windows 10 1809 (build 17763) or later: what Qt 6 and the per-user Credential Manager need
; (https://jrsoftware.org/ishelp/topic_setup_minversion.htm; Qt 6's supported platforms)
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=crm-desktop-setup-{#AppVersion}
SetupIconFile=..\resources\icons\crm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef Sign
; the company's code-signing command, named "crmsign" on ISCC's command line (/Scrmsign=...,
; with $f for the file): Setup, the uninstaller and the executables flagged signonce below are
; signed with it (https://jrsoftware.org/ishelp/topic_setup_signtool.htm,
; topic_setup_signeduninstaller.htm, topic_filessection.htm "signonce")
SignTool=crmsign
SignedUninstaller=yes
SignToolRetryCount=3
#endif

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the program's files, so a library the new version dropped does not linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the two executables apart, so that a signed build signs them (AppLocker and SmartScreen judge
; programs under the user's profile by their signature)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\crm-desktop.exe,\crm-desktop-cli.exe"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef Sign
Source: "{#SourceDir}\crm-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#SourceDir}\crm-desktop-cli.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
#else
Source: "{#SourceDir}\crm-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\crm-desktop-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
#endif

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program wrote beside itself; %LOCALAPPDATA%\crm-desktop (the database, the
; settings, the logs) stays for a reinstall
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[CustomMessages]
english.ForgetCredentials=Also remove the passwords and keys CRM desktop saved in the Windows Credential Manager?
french.ForgetCredentials=Supprimer aussi les mots de passe et les clés que CRM a enregistrés dans le Gestionnaire d'identification Windows ?

[Code]
{ Uninstall: the CRM's entries in the Credential Manager go only when the user says so (asked
  here; a silent uninstall removes them with /ForgetCredentials=yes). The command line removes
  them while its files are still there: usUninstall comes before the files are deleted
  (https://jrsoftware.org/ishelp/topic_scriptevents.htm, CurUninstallStepChanged). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Forget: Boolean;
  ResultCode: Integer;
begin
  if CurUninstallStep <> usUninstall then
    Exit;
  Forget := CompareText(ExpandConstant('{param:ForgetCredentials|no}'), 'yes') = 0;
  if not Forget and not UninstallSilent then
    Forget := MsgBox(CustomMessage('ForgetCredentials'), mbConfirmation,
                     MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Forget then
    Exec(ExpandConstant('{app}\crm-desktop-cli.exe'), 'forget-credentials', '', SW_HIDE,
         ewWaitUntilTerminated, ResultCode);
end;
