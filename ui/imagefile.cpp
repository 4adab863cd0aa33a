// PNG files written atomically.
#include "ui/imagefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

namespace md::ui {

bool writePng(const QImage &image, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("md", "%1: cannot be written (%2)").arg(shown, reason);
        return false;
    };
    if (image.isNull())
        return fail(QCoreApplication::translate("md", "nothing was rendered"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(writer.errorString());
    }
    // commit() in Qt 6.4 ignores a failed flush of the buffered last bytes: flush (and check) first.
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace md::ui
