#include "YamlHighlighting.h"

#include "YamlHighlighter.h"

#include <QPalette>

#ifdef FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace YamlHighlighting {

namespace {

#ifdef FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING
// One repository for the whole application, as examples/codeeditor keeps
// one: a Repository reads every syntax definition and theme it finds when
// made, which no editor should repeat.
KSyntaxHighlighting::Repository &repository() {
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition yamlDefinition() {
    return repository().definitionForName(QStringLiteral("YAML"));
}
#endif

} // namespace

bool haveKSyntaxHighlighting() {
#ifdef FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

Engine defaultEngine() {
    return haveKSyntaxHighlighting() ? Engine::KSyntaxHighlighting : Engine::Fallback;
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette, Engine engine) {
    QSyntaxHighlighter *highlighter = nullptr;
#ifdef FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING
    // A repository without the YAML definition (a stripped install) would
    // leave the text plain: the fallback does better.
    if (engine == Engine::KSyntaxHighlighting && yamlDefinition().isValid()) {
        auto *syntax = new KSyntaxHighlighting::SyntaxHighlighter(document);
        syntax->setDefinition(yamlDefinition());
        highlighter = syntax;
    }
#else
    Q_UNUSED(engine)
#endif
    if (!highlighter)
        highlighter = new YamlHighlighter(document);
    applyPalette(highlighter, palette);
    return highlighter;
}

void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette) {
    const bool dark = isDark(palette);
    if (auto *fallback = qobject_cast<YamlHighlighter *>(highlighter)) {
        fallback->setDarkTheme(dark); // rehighlights
        return;
    }
#ifdef FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *syntax = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        syntax->setTheme(
            repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                           : KSyntaxHighlighting::Repository::LightTheme));
        syntax->rehighlight();
    }
#endif
}

} // namespace YamlHighlighting
