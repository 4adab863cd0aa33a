// Windows only: attaches the GUI-subsystem executable to its parent's console for the commands that print.
#include "app/windowsconsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN

#include <cstdio>
#include <io.h>
#include <windows.h>

namespace md::app {
namespace {

// True when the C runtime already has a real handle behind the stream: the shell redirected it to a file
// or a pipe (">", "|", QProcess). A GUI program started without redirection has none (_fileno gives -2).
bool isRedirected(FILE *stream)
{
    const int fd = _fileno(stream);
    if (fd < 0)
        return false;
    const intptr_t handle = _get_osfhandle(fd);
    return handle != intptr_t(-1) && handle != intptr_t(-2);
}

void reopenOnConsole(FILE *stream, const char *device, const char *mode)
{
    FILE *reopened = nullptr;
    if (freopen_s(&reopened, device, mode, stream) == 0 && stream == stderr)
        std::setvbuf(stderr, nullptr, _IONBF, 0);  // messages appear at once, as on a console program
}

} // namespace

void attachParentConsole()
{
    const bool outRedirected = isRedirected(stdout);
    const bool errRedirected = isRedirected(stderr);
    const bool inRedirected = isRedirected(stdin);
    if (outRedirected && errRedirected && inRedirected)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;  // started from Explorer or a service: there is no console to print to
    if (!outRedirected)
        reopenOnConsole(stdout, "CONOUT$", "w");
    if (!errRedirected)
        reopenOnConsole(stderr, "CONOUT$", "w");
    if (!inRedirected)
        reopenOnConsole(stdin, "CONIN$", "r");
}

} // namespace md::app

#endif // Q_OS_WIN
