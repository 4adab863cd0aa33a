// Index charts: a line chart per index over the opened snapshots' capture times, and a bar chart of the
// current snapshot's index and top-mover percentage changes.
#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace md::ui {

// The line charts read a series model of the IndexSeriesModel shape (column 0 capture time in msecs,
// one column per index; see core/models/indexseriesmodel.h), so the library's history can feed the same
// view. The bar chart reads the current snapshot's indices and quotes (MarketTableModel shape).
class IndexChartView : public QWidget
{
    Q_OBJECT
public:
    explicit IndexChartView(QWidget *parent = nullptr);
    ~IndexChartView() override;

    void setSeriesModel(QAbstractItemModel *series);
    void setCurrentModels(QAbstractItemModel *indices, QAbstractItemModel *quotes);

    // The snapshot (md::IndexSeriesModel::SourceRole) whose points are marked on the lines.
    void setCurrentSource(const QString &source);

    // How many movers of each side the bar chart shows.
    void setTopMoverCount(int count);

    // What the view says while it has no chart: that nothing is open, or what the open page lacks.
    void setEmptyText(const QString &text);
    QString emptyText() const;

    int lineChartCount() const;
    // Names on the bar chart, top to bottom.
    QStringList barCategories() const { return m_barCategories; }

    // A button in the header, before Save as PNG (the window's link to the library's index history).
    void addHeaderAction(QAction *action);

    // Writes every chart, as laid out now, to a PNG file (atomically). False with a reason on failure.
    bool saveImage(const QString &path, QString *error) const;
    QImage renderImage() const;

public slots:
    // Asks where to save, then saves; failures are shown to the user.
    void saveImageInteractively();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void rebuildBarChart();
    void rebuildLineCharts();
    void layoutCharts();
    void clearLayout();

    QPointer<QAbstractItemModel> m_series;
    QPointer<QAbstractItemModel> m_indices;
    QPointer<QAbstractItemModel> m_quotes;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    QGridLayout *m_grid;
    QHBoxLayout *m_header = nullptr;
    QLabel *m_empty;
    QToolButton *m_saveButton;
    QWidget *m_barChart = nullptr;
    QVector<QWidget *> m_lineCharts;
    QStringList m_barCategories;
    QString m_currentSource;
    int m_topMovers = 4;
    bool m_rebuildPending = false;
};

} // namespace md::ui
