// fuzz_regression TARGET PATH...: replays corpus files (or every file under a folder) through a fuzz target.
#include "tests/fuzz/fuzztarget.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <map>
#include <string>

namespace md::fuzz {

static std::map<std::string, TargetFunction> &targets()
{
    static std::map<std::string, TargetFunction> table;
    return table;
}

void registerTarget(const char *name, TargetFunction function)
{
    targets()[name] = function;
}

} // namespace md::fuzz

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz_regression TARGET FILE_OR_FOLDER...\ntargets:");
        for (const auto &entry : md::fuzz::targets())
            std::fprintf(stderr, " %s", entry.first.c_str());
        std::fprintf(stderr, "\n");
        return 1;
    }
    const auto it = md::fuzz::targets().find(argv[1]);
    if (it == md::fuzz::targets().end()) {
        std::fprintf(stderr, "fuzz_regression: unknown target %s\n", argv[1]);
        return 1;
    }
    int inputs = 0;
    auto run = [&](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.readAll();
        it->second(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        ++inputs;
    };
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator files(path, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                run(files.next());
        } else {
            run(path);
        }
    }
    std::printf("fuzz_regression %s: %d inputs replayed without a finding\n", argv[1], inputs);
    return inputs > 0 ? 0 : 1;
}
