#include "ProposalCards.h"

#include "text/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

namespace vigia::ProposalCards {
namespace {

// The words that open a field's label, each with the kind of item the field holds (none: a
// field that is no item, such as the budget).
const QHash<QString, std::optional<ItemKind>> &labelKinds()
{
    static const QHash<QString, std::optional<ItemKind>> kinds{
        {QStringLiteral("diagnostico"), ItemKind::Problem},   {QStringLiteral("problema"), ItemKind::Problem},
        {QStringLiteral("problemas"), ItemKind::Problem},     {QStringLiteral("problematica"), ItemKind::Problem},
        {QStringLiteral("situacion"), ItemKind::Problem},     {QStringLiteral("accion"), ItemKind::Objective},
        {QStringLiteral("acciones"), ItemKind::Objective},    {QStringLiteral("estrategia"), ItemKind::Objective},
        {QStringLiteral("estrategias"), ItemKind::Objective}, {QStringLiteral("objetivo"), ItemKind::Objective},
        {QStringLiteral("objetivos"), ItemKind::Objective},   {QStringLiteral("actividades"), ItemKind::Objective},
        {QStringLiteral("meta"), ItemKind::Target},           {QStringLiteral("metas"), ItemKind::Target},
        {QStringLiteral("indicador"), ItemKind::Indicator},   {QStringLiteral("indicadores"), ItemKind::Indicator},
        {QStringLiteral("presupuesto"), std::nullopt},        {QStringLiteral("financiamiento"), std::nullopt},
        {QStringLiteral("costo"), std::nullopt},              {QStringLiteral("inversion"), std::nullopt},
        {QStringLiteral("responsable"), std::nullopt},        {QStringLiteral("responsables"), std::nullopt},
        {QStringLiteral("plazo"), std::nullopt},              {QStringLiteral("cronograma"), std::nullopt},
        {QStringLiteral("beneficiarios"), std::nullopt},      {QStringLiteral("fuente"), std::nullopt},
        {QStringLiteral("ubicacion"), std::nullopt},          {QStringLiteral("alcance"), std::nullopt},
        {QStringLiteral("propuesta"), ItemKind::Objective},   {QStringLiteral("propuestas"), ItemKind::Objective},
        {QStringLiteral("hechos"), std::nullopt},             {QStringLiteral("antecedentes"), std::nullopt},
        {QStringLiteral("potencialidad"), std::nullopt},      {QStringLiteral("potencialidades"), std::nullopt},
        {QStringLiteral("lineamientos"), std::nullopt},       {QStringLiteral("lineamiento"), std::nullopt},
        {QStringLiteral("justificacion"), std::nullopt},
    };
    return kinds;
}

} // namespace

std::optional<QString> title(const QString &cleaned)
{
    if (cleaned.size() > 250)
        return std::nullopt;
    static const QRegularExpression heading(
        QStringLiteral(R"(^(?:propuesta|proyecto|iniciativa|objetivo)\s*(?:n[°º.]?\s*|nro\.?\s*)?\d{1,3}\s*[:.\-–]\s*(\S.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    // A proposal code: two to four capitals and a number ("DSC1:", "DE 2:", "DTA1 -").
    static const QRegularExpression coded(QStringLiteral(R"(^\p{Lu}{2,4}\s?\d{1,2}\s*[:\-–]\s*(\p{L}.*)$)"));
    QRegularExpressionMatch match = heading.match(cleaned);
    if (!match.hasMatch())
        match = coded.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

std::optional<Field> field(const QString &cleaned)
{
    // The label may carry a code ("Meta 1A:", "Meta2B :").
    static const QRegularExpression labelled(QStringLiteral(R"(^(\p{L}[\p{L} ]{1,40}?)\s*(?:\d{1,2}\p{Lu}?)?\s*(?:\([^()]{0,40}\))?\s*:\s*(.*)$)"));
    // A numbered label ("4. Hechos: …", "1. Propuesta de Acción", "7. Lineamientos de Política
    // con la que se relaciona"): the colon may be missing when nothing follows the label.
    static const QRegularExpression numbered(
        QStringLiteral(R"(^\d{1,2}\s*[.)]-?\s+(\p{L}[\p{L} ]{1,60}?)\s*(?:\([^()]{0,40}\))?\s*(?::\s*(.*)|\.?)$)"));
    // A one-word label with a code and no colon ("META 10A En colaboración con …"): the code
    // tells it from a sentence that starts with the word.
    static const QRegularExpression coded(QStringLiteral(R"(^(\p{L}+)\s*\d{1,2}\p{Lu}\s+(\S.*)$)"));
    QRegularExpressionMatch match = labelled.match(cleaned);
    qsizetype maxWords = 4;
    if (const QRegularExpressionMatch numberedMatch = numbered.match(cleaned); numberedMatch.hasMatch()) {
        match = numberedMatch;
        maxWords = 8;
    } else if (!match.hasMatch()) {
        match = coded.match(cleaned);
        maxWords = 1;
    }
    if (!match.hasMatch())
        return std::nullopt;
    const QStringList words = TextNormalizer::fold(match.captured(1)).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > maxWords)
        return std::nullopt;
    const QHash<QString, std::optional<ItemKind>> &kinds = labelKinds();
    const auto found = kinds.constFind(words.constFirst());
    if (found == kinds.constEnd())
        return std::nullopt;
    // A code printed after the colon ("Meta : 7A Haber …", "Meta:8A Incorporar …").
    static const QRegularExpression code(QStringLiteral(R"(^\d{1,2}\p{Lu}(?=\s|\p{Lu}\p{Ll}))"));
    return Field{*found, match.captured(2).remove(code).trimmed()};
}

std::optional<Field> takeTrailingLabel(QString &title)
{
    static const QRegularExpression trailingLabel(QStringLiteral(R"(\s+(\p{L}+)\s*:$)"));
    const QRegularExpressionMatch match = trailingLabel.match(title);
    if (!match.hasMatch())
        return std::nullopt;
    std::optional<Field> found = field(match.captured(1) + u':');
    if (found)
        title.truncate(match.capturedStart());
    return found;
}

std::optional<ItemKind> fieldSection(const QString &cleaned)
{
    if (cleaned.size() > 100)
        return std::nullopt;
    // Folded text is in lower case: the roman number too.
    static const QRegularExpression section(QStringLiteral(R"(^[ivx]{1,5}\s*[.)\-]*\s*(problemas?|objetivos?|metas?|indicadores?)\b)"));
    const QRegularExpressionMatch match = section.match(TextNormalizer::fold(cleaned));
    if (!match.hasMatch())
        return std::nullopt;
    const QString word = match.captured(1);
    if (word.startsWith(u"problema"))
        return ItemKind::Problem;
    if (word.startsWith(u"objetivo"))
        return ItemKind::Objective;
    if (word.startsWith(u"indicador"))
        return ItemKind::Indicator;
    return ItemKind::Target;
}

std::optional<ItemKind> blockLabel(const QString &cleaned)
{
    if (cleaned.size() > 30)
        return std::nullopt;
    QString key = TextNormalizer::fold(cleaned).trimmed();
    while (!key.isEmpty() && (key.endsWith(u'.') || key.endsWith(u':')))
        key.chop(1);
    // A label alone on its line names a block of items: the same words as the fields' labels.
    const auto found = labelKinds().constFind(key.trimmed());
    if (found == labelKinds().constEnd())
        return std::nullopt;
    return *found;
}

} // namespace vigia::ProposalCards
