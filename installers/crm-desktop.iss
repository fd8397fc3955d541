; Inno Setup 6 script of the Windows installer (python installers/build.py on Windows runs it
; with /DAppVersion=X.Y.Z /DSourceDir=dist\crm-desktop).
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs, the
; shortcuts to the user's Start menu and desktop. The database, the settings and the logs live
; in %LOCALAPPDATA%\crm-desktop, which the uninstaller does not touch. A new version installs
; over the old one in place: the AppId below must never change.

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
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
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

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the program's files, so a library the new version dropped does not linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program wrote beside itself; %LOCALAPPDATA%\crm-desktop (the database, the
; settings, the logs) stays for a reinstall
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
