// The command line: options shared by the headless commands and the window.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace md::app {

struct CommandLine
{
    bool dumpJson = false;
    QString exportTable;   // --export-csv TABLE
    QString preset;        // --preset csv|excel|tsv
    QString output;        // --output OUT ("-" for stdout)
    QString screenshot;    // --screenshot OUT.png
    QString view;          // --view ticker|movers|charts|article
    QString importFolder;  // --import FOLDER
    QString history;       // --history SYMBOL|INDEX
    QString library;       // --library PATH
    QString watchlist;     // --watchlist add|remove|list (names in inputs)
    QString alerts;        // --alerts add|list|remove|check|history (rule, id or inputs in inputs)
    QString search;        // --search QUERY
    QString query;         // --query QUERY (the search shown by --screenshot --view search)
    QString range;         // --range PRESET (the range shown by --screenshot --view candles or symbol)
    QString theme;         // --theme light|dark|system: the appearance for this run only
    QString transactions;  // --transactions import|list|export|remove (FILE or ID in inputs)
    QString portfolio;     // --portfolio NAME
    bool holdings = false; // --holdings
    QString asOf;          // --as-of YYYY-MM-DD
    QString costMethod;    // --cost-method average|fifo
    bool performance = false;  // --performance
    QString from;          // --from YYYY-MM-DD
    QString to;            // --to YYYY-MM-DD
    bool sample = false;   // --sample: open the bundled sample snapshot
    QStringList inputs;    // files (and URLs)
};

// True when argv asks for something that needs no window (so no GUI application is created).
bool isHeadlessInvocation(int argc, char **argv);
// True when argv asks for a screenshot (rendered offscreen).
bool isScreenshotInvocation(int argc, char **argv);

// The arguments with every negative number (-1, -5, -3%, -1,000.5) marked as a value, so the parser does not
// take it for an option ("Unknown option '1'"): `--alerts remove -1` then says that an alert ID is positive,
// `--watchlist add -5` that -5 is not a symbol. readOptions() takes the mark off again.
QStringList withNegativeNumbersAsValues(const QStringList &arguments);

// Declares every option on parser.
void declareOptions(QCommandLineParser &parser);
// Reads the options after parser.process(); returns false with a message on a bad combination.
bool readOptions(const QCommandLineParser &parser, CommandLine &out, QString *error);

// Runs a headless command; returns the process exit status.
int runHeadless(const CommandLine &command);

} // namespace md::app
