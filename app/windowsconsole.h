// Windows only: lets the GUI-subsystem marketdesk.exe print to the console of the shell that started it.
#pragma once

namespace md::app {

// A WIN32-subsystem program starts with no console, so whatever --dump-json or --help prints would go
// nowhere. This attaches to the console of the parent process (cmd.exe, PowerShell, Windows Terminal) if it
// has one, and points stdin/stdout/stderr at it, except streams the shell already redirected to a file or
// a pipe, which keep their target. Started from Explorer there is no parent console and nothing changes.
// Call it first thing in main(), before anything prints, and only for commands that print and exit.
void attachParentConsole();

} // namespace md::app
