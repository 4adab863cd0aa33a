// File ▸ Export…, first step: which table, and from which of the open snapshots.
#pragma once

#include "core/csv/opensnapshottables.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace md::ui {

// Asks what to export; the format and the file are chosen next, in the save dialog (its name filters are
// the presets). Movers are always the rows of the selected snapshot exactly as the table shows them; the
// other tables come from the selected snapshot or from every open snapshot as one time series.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // currentTitle names the selected snapshot; openCount is how many snapshots are open.
    ExportDialog(const QString &currentTitle, int openCount, QWidget *parent = nullptr);

    CsvTableKind table() const;
    void setTable(CsvTableKind table);
    SnapshotScope scope() const;
    void setScope(SnapshotScope scope);

    QRadioButton *tableButton(CsvTableKind table) const;
    QRadioButton *scopeButton(SnapshotScope scope) const;

private:
    void updateScope();

    QButtonGroup *m_tables;
    QButtonGroup *m_scopes;
    QLabel *m_scopeNote;
    int m_openCount;
};

} // namespace md::ui
