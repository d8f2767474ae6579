#pragma once

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

// The one place that decides which highlighter a YAML document gets and in
// which colours. KSyntaxHighlighting's YAML definition where the build found
// KF6SyntaxHighlighting (CMake defines FEDERATOR_HAVE_KSYNTAXHIGHLIGHTING) and
// its repository has the definition, else the project's YamlHighlighter. As in
// KSyntaxHighlighting's examples/codeeditor: one Repository for the whole
// application, and the theme, dark or light, from the palette's lightness.
namespace YamlHighlighting {

enum class Engine {
    KSyntaxHighlighting, // falls back to YamlHighlighter where the build lacks it
    Fallback,            // YamlHighlighter
};

// What create() uses unless told otherwise.
Engine defaultEngine();
// Whether this build can use KSyntaxHighlighting at all.
bool haveKSyntaxHighlighting();

// A highlighter on document (its parent), coloured for palette.
QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette,
                           Engine engine = defaultEngine());
// Colours of a highlighter from create() for a new palette; rehighlights.
void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);
// A dark base (Base lightness below half): dark theme colours.
bool isDark(const QPalette &palette);

} // namespace YamlHighlighting
