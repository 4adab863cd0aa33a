// One call to follow every change of an item model (reset, rows, data, layout) with one slot.
#pragma once

#include <QAbstractItemModel>

namespace md::ui {

// Connects the model's change signals to the receiver's slot (a member function taking no arguments).
template<typename Receiver>
void followModelChanges(QAbstractItemModel *model, Receiver *receiver, void (Receiver::*slot)())
{
    if (!model)
        return;
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::columnsInserted, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::columnsRemoved, receiver, slot);
}

} // namespace md::ui
