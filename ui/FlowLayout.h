#pragma once

#include <QLayout>
#include <QList>

namespace fd::ui {

// Lays widgets out left to right and wraps onto the next line when the width runs out, so a
// row of filters stays usable in a narrow dock and takes one line in a wide one.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `place` is false); returns the height.
    int arrange(const QRect &rect, bool place) const;
    int gap(QLayoutItem *item, Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace fd::ui
