// Lets the user correct when a snapshot was taken, or go back to the time MarketDesk detected.
#pragma once

#include "core/library/librarytypes.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateTimeEdit;
QT_END_NAMESPACE

namespace md::ui {

// The time is entered in Pakistan time (UTC+5), the exchange's own zone, as pages print it.
class CaptureTimeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaptureTimeDialog(const LibraryEntry &entry, QWidget *parent = nullptr);

    // The time chosen; invalid after "Use Detected Time" (the correction is dropped).
    Timestamp chosenTime() const;
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit = nullptr;
    bool m_useDetected = false;
};

} // namespace md::ui
