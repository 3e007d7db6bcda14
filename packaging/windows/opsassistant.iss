; Inno Setup 6 script: installs dist\opsassistant\ (built by packaging\build.py) per user or for all users.
;   iscc /DMyAppVersion=0.1.0 /DSourceDir=..\..\dist\opsassistant packaging\windows\opsassistant.iss
; or simply:  python packaging\build.py --installer
; The data (database, backups, logs) lives in %APPDATA%\OpsAssistant and is never touched by (un)installing.

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\opsassistant"
#endif
#define MyAppName "Ops Assistant"
#define MyAppPublisher "Ops Assistant developers"
#define MyAppExeName "opsassistant.exe"

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6F1C8E2A-4B7D-4C39-9E51-0D2A7B3C5E14}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppCopyright=© {#MyAppPublisher}, MIT licence
VersionInfoVersion={#MyAppVersion}
DefaultDirName={autopf}\Ops Assistant
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=OpsAssistant-{#MyAppVersion}-setup
SetupIconFile=opsassistant.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
english.AppComment=Contacts, calendar, calls, outings and travel for an executive assistant
danish.AppComment=Kontakter, kalender, opkald, arrangementer og rejser til direktionsassistenten
english.AddToPath=Add the opsassistant-cli command to PATH (for scripts and softphones)
danish.AddToPath=Føj kommandoen opsassistant-cli til PATH (til scripts og softphones)
english.AppDisplayName=Ops Assistant
danish.AppDisplayName=Driftsassistent

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppDisplayName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"; AppUserModelID: "dk.opsassistant.OpsAssistant"
Name: "{autodesktop}\{cm:AppDisplayName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{cm:AppDisplayName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
