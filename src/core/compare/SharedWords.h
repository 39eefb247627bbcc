#pragma once

#include <QList>
#include <QString>

namespace vigia {

// Why two items were found alike: the words of one item whose terms the other item has too, as
// the comparison sees terms (Snowball stems, Spanish stop words and the words every plan uses left
// out; see PlanComparer). "Reducir la desnutrición crónica" / "Desnutrición crónica reducida"
// share "Reducir", "desnutrición", "crónica".
class SharedWords {
public:
    struct Span {
        qsizetype start = 0; // offset in the text, UTF-16 units
        qsizetype length = 0;
        bool operator==(const Span &) const = default;
    };

    // The spans of `text` whose words share a term with `other`, in text order.
    static QList<Span> in(const QString &text, const QString &other);
    // The same words as written in `text`, each once, in text order.
    static QStringList words(const QString &text, const QString &other);
};

} // namespace vigia
