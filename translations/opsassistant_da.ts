<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Could not complete the command: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file}. The replaced database was kept as {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key problems: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} cannot be exported as {format}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of Ops Assistant. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Ops Assistant (schema {found}; this version reads up to {supported}). Please update the program. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is in use by another Ops Assistant window. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path} is not a vCard, iCalendar or CSV file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Principals</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HH:MM, e.g. 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
