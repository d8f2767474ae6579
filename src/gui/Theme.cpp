#include "Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace Theme {

namespace {

Kind applied = Kind::System;

struct Started {
    QString style;
    QPalette palette;
};

// What the application had before a theme of ours, to go back to.
Started &started() {
    static Started s{QApplication::style() ? QApplication::style()->name() : QString(),
                     QApplication::palette()};
    return s;
}

QPalette build(const QColor &window, const QColor &base, const QColor &alternate,
               const QColor &text, const QColor &placeholder, const QColor &button,
               const QColor &highlight, const QColor &highlightedText, const QColor &disabled,
               const QColor &link, const QColor &mid) {
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, off ? disabled : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, off ? disabled : text);
        p.setColor(group, QPalette::PlaceholderText, off ? disabled : placeholder);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, off ? disabled : text);
        p.setColor(group, QPalette::BrightText, highlightedText);
        p.setColor(group, QPalette::Highlight, off ? mid : highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::Mid, mid);
        p.setColor(group, QPalette::Dark, mid.darker(130));
        p.setColor(group, QPalette::Light, button.lighter(120));
        p.setColor(group, QPalette::Midlight, button.lighter(110));
        p.setColor(group, QPalette::Shadow, Qt::black);
    }
    return p;
}

double luminance(const QColor &c) {
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

QString nameOf(Kind kind) {
    switch (kind) {
    case Kind::System:
        return QStringLiteral("system");
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Kind> named(const QString &name) {
    for (Kind kind : {Kind::System, Kind::Light, Kind::Dark, Kind::HighContrast})
        if (nameOf(kind) == name)
            return kind;
    return std::nullopt;
}

QStringList names() {
    return {nameOf(Kind::System), nameOf(Kind::Light), nameOf(Kind::Dark),
            nameOf(Kind::HighContrast)};
}

QString title(Kind kind) {
    switch (kind) {
    case Kind::System:
        return QApplication::translate("Theme", "&System");
    case Kind::Light:
        return QApplication::translate("Theme", "&Light");
    case Kind::Dark:
        return QApplication::translate("Theme", "&Dark");
    case Kind::HighContrast:
        return QApplication::translate("Theme", "&High Contrast");
    }
    return {};
}

QPalette palette(Kind kind) {
    // Text and placeholder text (the nodes' details, line numbers) on Base,
    // window text on Window and selected text on Highlight: 4.5:1 or more in
    // every theme (WCAG AA; tst_theme checks it).
    switch (kind) {
    case Kind::System:
        return started().palette;
    case Kind::Light:
        return build(QColor(0xef, 0xef, 0xef), Qt::white, QColor(0xf5, 0xf5, 0xf5),
                     QColor(0x1e, 0x1e, 0x1e), QColor(0x5f, 0x63, 0x68), QColor(0xef, 0xef, 0xef),
                     QColor(0x1f, 0x6f, 0xb2), Qt::white, QColor(0x8c, 0x8c, 0x8c),
                     QColor(0x00, 0x5a, 0x9c), QColor(0xa0, 0xa0, 0xa0));
    case Kind::Dark:
        return build(QColor(0x2b, 0x2d, 0x30), QColor(0x1e, 0x1f, 0x22), QColor(0x26, 0x28, 0x2b),
                     QColor(0xe6, 0xe6, 0xe6), QColor(0xa8, 0xad, 0xb4), QColor(0x3a, 0x3d, 0x41),
                     QColor(0x2f, 0x65, 0xd0), Qt::white, QColor(0x7a, 0x7d, 0x82),
                     QColor(0x6c, 0xb6, 0xff), QColor(0x5a, 0x5d, 0x63));
    case Kind::HighContrast:
        // As the desktops' high-contrast themes: black and white, yellow selection.
        return build(Qt::black, Qt::black, QColor(0x10, 0x10, 0x10), Qt::white,
                     QColor(0xe0, 0xe0, 0xe0), Qt::black, QColor(0xff, 0xff, 0x00), Qt::black,
                     QColor(0xa0, 0xa0, 0xa0), QColor(0x80, 0xd0, 0xff), Qt::white);
    }
    return {};
}

Kind current() {
    return applied;
}

void apply(Kind kind) {
    const Started &before = started();
    applied = kind;
    if (kind == Kind::System) {
        if (!before.style.isEmpty())
            QApplication::setStyle(QStyleFactory::create(before.style));
        QApplication::setPalette(before.palette);
        return;
    }
    // Fusion draws from the palette alone; native styles may not.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(kind));
}

Kind saved() {
    return named(QSettings().value(QStringLiteral("view/theme")).toString()).value_or(Kind::System);
}

void fillMenu(QMenu *menu, Kind current) {
    auto *group = new QActionGroup(menu);
    for (Kind kind : {Kind::System, Kind::Light, Kind::Dark, Kind::HighContrast}) {
        QAction *action = menu->addAction(title(kind));
        action->setObjectName(QStringLiteral("actionTheme-") + nameOf(kind));
        action->setCheckable(true);
        action->setChecked(kind == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [kind] {
            apply(kind);
            QSettings().setValue(QStringLiteral("view/theme"), nameOf(kind));
        });
    }
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Theme
