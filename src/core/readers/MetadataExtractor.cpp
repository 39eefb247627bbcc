#include "MetadataExtractor.h"

#include "LayoutDetector.h"
#include "LayoutPatterns.h"
#include "PlanLayout.h"
#include "text/TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace vigia {

namespace {

struct TextRow {
    QString text;       // cleaned
    bool table = false; // a table row
    bool header = false;
};

QList<TextRow> textRows(const LayoutDocument &document)
{
    QList<TextRow> rows;
    for (const LayoutRow &row : document.rows) {
        TextRow text;
        text.text = LayoutPatterns::cleanText(row.text(u" "));
        text.table = row.isTableRow && row.cells.size() > 1;
        text.header = LayoutDetector::isTableHeader(row);
        if (!text.text.isEmpty())
            rows << text;
    }
    return rows;
}

bool isDimensionOrTable(const TextRow &row)
{
    return row.header || LayoutPatterns::dimensionHeading(row.text).has_value();
}

QString period(const QString &text)
{
    static const QRegularExpression range(QStringLiteral(R"((?<!\d)((?:19|20)\d{2})\s*(?:[-–—/]|\bal?\b)\s*((?:19|20)\d{2})(?!\d))"));
    QRegularExpressionMatchIterator it = range.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int from = match.captured(1).toInt();
        const int to = match.captured(2).toInt();
        if (to - from >= 1 && to - from <= 6)
            return QStringLiteral("%1-%2").arg(from).arg(to);
    }
    return {};
}

bool isOrganizationWordsOnly(const QString &line)
{
    static const QStringList words{QStringLiteral("el"), QStringLiteral("la"), QStringLiteral("de"), QStringLiteral("del"),
                                   QStringLiteral("partido"), QStringLiteral("politico"), QStringLiteral("nacional"),
                                   QStringLiteral("regional"), QStringLiteral("movimiento"), QStringLiteral("frente"),
                                   QStringLiteral("alianza"), QStringLiteral("organizacion"), QStringLiteral("politica"),
                                   QStringLiteral("electoral"), QStringLiteral("independiente")};
    for (const QString &word : TextNormalizer::fold(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.contains(word))
            return false;
    }
    return true;
}

// Quotation marks that open and close a statement ("…", “…”, «…»).
const QString openingQuotes = QStringLiteral("\"“«");
const QString closingQuotes = QStringLiteral("\"”»");

QString stripQuotes(QString text)
{
    text = text.trimmed();
    static const QString opening = QStringLiteral("\"“«'‘");
    static const QString closing = QStringLiteral("\"”»'’");
    while (!text.isEmpty() && opening.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && closing.contains(text.back()))
        text.chop(1);
    // A closing quote before the final period ("… ciudadanía”.").
    if (text.size() >= 2 && text.back() == u'.' && closing.contains(text.at(text.size() - 2)))
        text.remove(text.size() - 2, 1);
    return text.trimmed();
}

bool isSectionHeading(const TextRow &row)
{
    if (row.table || isDimensionOrTable(row) || LayoutPatterns::isRomanHeading(row.text))
        return true;
    static const QRegularExpression numberedCaps(QStringLiteral(R"(^\d+(\.\d+)*\s*[.)\-]+\s*\p{Lu}{3,})"));
    if (numberedCaps.match(row.text).hasMatch() && row.text.size() <= 120)
        return true;
    // A short numbered title in any case ("3.2 Misión", as a table of contents lists it).
    static const QRegularExpression numberedTitle(QStringLiteral(R"(^\d+(\.\d+)+\.?\s+\p{Lu}[^.:;]{0,60}$)"));
    if (numberedTitle.match(row.text.trimmed()).hasMatch())
        return true;
    // Capitals in quotation marks are a statement, not a heading.
    return LayoutPatterns::isUpperCase(row.text) && row.text.size() <= 120 && !openingQuotes.contains(row.text.front());
}

// The statement quoted inside a paragraph that introduces it ("… proponemos la siguiente visión de
// desarrollo. “El distrito de Acos, cuenta con …”."), or an empty string.
QString quotedStatement(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral(R"([“"«]([^”"»]{80,})[”"»])"));
    const QRegularExpressionMatch match = quoted.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// The vision under one heading (rows[i]); empty when nothing but headings follows it.
QString visionUnder(const QList<TextRow> &rows, qsizetype i, const QString &layout)
{
    QStringList paragraphs;
    for (qsizetype j = i + 1; j < rows.size(); ++j) {
        if (LayoutPatterns::isFurniture(rows[j].text))
            continue;
        if (isSectionHeading(rows[j]))
            break;
        paragraphs << rows[j].text;
    }
    if (paragraphs.isEmpty())
        return {};
    // The statement itself in quotation marks: the first paragraph opens the quote.
    if (openingQuotes.contains(paragraphs.first().front())) {
        QStringList quoted;
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            quoted << paragraphs[p];
            QString tail = paragraphs[p];
            while (!tail.isEmpty() && (tail.back() == u'.' || tail.back().isSpace()))
                tail.chop(1);
            if (!tail.isEmpty() && closingQuotes.contains(tail.back()) && (p > 0 || tail.size() > 1))
                break;
        }
        return stripQuotes(quoted.join(QLatin1Char(' ')));
    }
    // A statement quoted inside the paragraph that leads into it: the statement alone. A quoted
    // paragraph of its own among others is part of the vision, like them.
    // The quote may go on past a page break, into the next paragraphs.
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString &paragraph = paragraphs[p];
        if (openingQuotes.contains(paragraph.front()) || !std::any_of(paragraph.cbegin(), paragraph.cend(), [](QChar c) { return openingQuotes.contains(c); }))
            continue;
        if (const QString statement = quotedStatement(paragraphs.mid(p).join(QLatin1Char(' '))); !statement.isEmpty())
            return statement;
    }
    if (layout == PlanLayout::summaryTable() && paragraphs.size() >= 2)
        paragraphs.removeFirst(); // the form's explanation of what a vision is
    for (QString &paragraph : paragraphs)
        paragraph = stripQuotes(paragraph);
    return paragraphs.join(QLatin1Char(' '));
}

QString vision(const QList<TextRow> &rows, const QString &layout)
{
    static const QRegularExpression heading(QStringLiteral(R"(^(?:[IVX]+\s*[.)\-]+\s*|\d+(?:\.\d+)*\s*[.)\-]*\s*)?visi[oó]n\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineStatement(
        QStringLiteral(R"(^(?:[IVX]+\s*[.)\-]+\s*|\d+(?:\.\d+)*\s*[.)\-]*\s*)?visi[oó]n\b[^:]{0,60}:\s*(.{20,})$)"),
        QRegularExpression::CaseInsensitiveOption);
    // The first vision found; a heading naming the plan ("V. VISIÓN DEL PLAN DE GOBIERNO") wins over
    // any other (the district's vision quoted among the party's principles).
    QString first;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].table || LayoutPatterns::isFurniture(rows[i].text))
            continue;
        QString found;
        const QRegularExpressionMatch statement = inlineStatement.match(rows[i].text);
        if (statement.hasMatch())
            found = stripQuotes(statement.captured(1)); // "Visión: Ser un distrito …" on one line
        else if (rows[i].text.size() <= 80 && heading.match(rows[i].text).hasMatch())
            found = visionUnder(rows, i, layout);
        if (found.isEmpty())
            continue;
        if (TextNormalizer::fold(rows[i].text).contains(QStringLiteral("plan")))
            return found;
        if (first.isEmpty())
            first = found;
    }
    return first;
}

// The place phrase alone: a period printed after it ("… ISLAY 2019 - 2022") and the larger
// territories named after the first ("DISTRITO DE SAN BUENAVENTURA PROVINCIA DE CANTA REGIÓN
// LIMA" -> "DISTRITO DE SAN BUENAVENTURA") are cut off.
QString placePhrase(const QString &place)
{
    QString phrase = place;
    static const QRegularExpression years(QStringLiteral(R"(\s*\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}\b.*$)"));
    phrase.remove(years);
    static const QRegularExpression larger(QStringLiteral(R"(\s+(?:provincia|regi[oó]n|departamento)\b.*$)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = larger.match(phrase);
    if (match.hasMatch() && match.capturedStart() > 0)
        phrase.truncate(match.capturedStart());
    static const QRegularExpression trailing(QStringLiteral(R"([\s,.;:\-–]+$)"));
    phrase.remove(trailing);
    return phrase.isEmpty() ? place : phrase;
}

// What a plan's title says: "Plan de Gobierno de San Martín de Porres del Partido Morado
// 2027-2030", "PLAN DE GOBIERNO ALCALDÍA DE BOLÍVAR 2019 – 2022", "PLAN DE GOBIERNO DE SUPE “SOMOS
// PERU” 2019 – 2022".
struct Title {
    QString place;
    QString organization;
    QString electionType; // "MUNICIPAL DISTRITAL" when the title names it
};

std::optional<Title> title(const QString &text)
{
    if (text.size() > 160)
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^plan\s+de\s+gobierno(?:\s+(?:municipal|distrital|provincial|local))*\s+(?:de\s+la\s+|del?\s+|para\s+(?:el\s+|la\s+)?)?)"
                       R"((?:(?:alcald[ií]a|municipalidad(?:\s+(?:provincial|distrital))?)\s+(?:de\s+)?)?)"
                       R"((\p{L}[\p{L}\s.'-]*?))"
                       R"(\s*(?:[“"«]|\s(?:del?\s+)?(?:partido|movimiento|frente|alianza)\b|(?:19|20)\d{2}|$))"),
        QRegularExpression::CaseInsensitiveOption);
    Title result;
    // "PLAN DE GOBIERNO MUNICIPAL DISTRITAL …": the election it is for.
    static const QRegularExpression election(QStringLiteral(R"(^plan\s+de\s+gobierno\s+(municipal\s+(?:distrital|provincial))\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch electionMatch = election.match(text); electionMatch.hasMatch())
        result.electionType = electionMatch.captured(1).simplified().toUpper();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return result.electionType.isEmpty() ? std::nullopt : std::optional<Title>(result);
    result.place = match.captured(1).trimmed();
    static const QRegularExpression notPlace(QStringLiteral(R"(^(?:municipal|distrital|provincial|regional|local|\d)|\bplan\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (result.place.size() < 3 || result.place.size() > 60 || notPlace.match(result.place).hasMatch())
        result.place.clear();
    static const QRegularExpression party(QStringLiteral(R"(\b((?:partido|movimiento|frente|alianza)\s+[^\d“"«”»]+?)\s*(?:(?:19|20)\d{2}|$))"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch partyMatch = party.match(text.mid(match.capturedEnd(1))); partyMatch.hasMatch())
        result.organization = partyMatch.captured(1).trimmed();
    if (result.place.isEmpty() && result.organization.isEmpty() && result.electionType.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace

PlanMetadata MetadataExtractor::extract(const LayoutDocument &document, const QString &layout)
{
    PlanMetadata metadata;
    const QList<TextRow> rows = textRows(document);

    // Labelled fields, anywhere.
    static const QRegularExpression label(
        QStringLiteral(R"(^(organizaci[oó]n pol[ií]tica|partido pol[ií]tico|tipo (?:de )?elecci[oó]n|lugar|circunscripci[oó]n)\s*:\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const TextRow &row : rows) {
        const QRegularExpressionMatch match = label.match(row.text);
        if (!match.hasMatch())
            continue;
        const QString key = TextNormalizer::fold(match.captured(1));
        const QString value = match.captured(2).trimmed();
        if (key.startsWith(u"organizacion") || key.startsWith(u"partido")) {
            if (metadata.organization.isNull())
                metadata.organization = value;
        } else if (key.startsWith(u"tipo")) {
            if (metadata.electionType.isNull())
                metadata.electionType = value;
        } else if (metadata.place.isNull()) {
            metadata.place = value;
        }
    }

    qsizetype headEnd = rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (isDimensionOrTable(rows[i])) {
            headEnd = i;
            break;
        }
    }

    // Period: a year range in a title line of the head, else in a table header.
    QString range;
    for (qsizetype i = 0; i < headEnd && range.isEmpty(); ++i) {
        if (rows[i].text.size() <= 100)
            range = period(rows[i].text);
    }
    for (qsizetype i = 0; i < rows.size() && range.isEmpty(); ++i) {
        if (rows[i].header)
            range = period(rows[i].text);
    }
    // A bundle whose own title comes later ("PLAN DE GOBIERNO MUNICIPAL DEL DISTRITO DE CHIPAO 2019-2022").
    for (qsizetype i = 0; i < rows.size() && range.isEmpty(); ++i) {
        if (rows[i].text.size() <= 120 && TextNormalizer::fold(rows[i].text).startsWith(QStringLiteral("plan de gobierno")))
            range = period(rows[i].text);
    }
    if (!range.isEmpty())
        metadata.period = range;

    // The title's place and party.
    for (qsizetype i = 0; i < std::min<qsizetype>(headEnd, 12); ++i) {
        if (const std::optional<Title> found = title(rows[i].text)) {
            if (metadata.place.isNull() && !found->place.isEmpty())
                metadata.place = found->place;
            if (metadata.organization.isNull() && !found->organization.isEmpty())
                metadata.organization = found->organization;
            if (metadata.electionType.isNull() && !found->electionType.isEmpty())
                metadata.electionType = found->electionType;
            break;
        }
    }

    // Organization.
    static const QRegularExpression organization(
        QStringLiteral(R"(^(?:(?:el|la)\s+)?(?:partido|movimiento|frente|alianza|organizaci[oó]n pol[ií]tica)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype organizationRow = -1;
    // The organization's lines between `from` and `to`: "PARTIDO X", or a label and the name below
    // it, or the kind of organization above its name.
    const auto findOrganization = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const QString &text = rows[i].text;
            if (text.size() > 120 || !LayoutPatterns::isUpperCase(text) || !organization.match(text).hasMatch())
                continue;
            QString name = text;
            organizationRow = i;
            if (text.trimmed().endsWith(u':')) {
                // "ORGANIZACIÓN POLÍTICA:" is a label: the name is the next line.
                if (i + 1 >= to || rows[i + 1].text.size() > 80 || rows[i + 1].text.trimmed().endsWith(u':'))
                    continue;
                metadata.organization = rows[i + 1].text.trimmed();
                organizationRow = i + 1;
                break;
            }
            if (isOrganizationWordsOnly(text)) {
                // "PARTIDO POLÍTICO NACIONAL" / "PERÚ LIBERTARIO": the name is on the next line.
                if (i + 1 >= to || !LayoutPatterns::isUpperCase(rows[i + 1].text) || rows[i + 1].text.size() > 80)
                    continue;
                name += QLatin1Char(' ') + rows[i + 1].text;
                organizationRow = i + 1;
            }
            metadata.organization = name;
            break;
        }
    };
    if (metadata.organization.isNull())
        findOrganization(0, headEnd);
    // A bundle whose own cover comes later: the lines under its "PLAN DE GOBIERNO …" title.
    for (qsizetype i = headEnd; i < rows.size() && metadata.organization.isNull(); ++i) {
        if (rows[i].text.size() <= 120 && TextNormalizer::fold(rows[i].text).startsWith(QStringLiteral("plan de gobierno"))) {
            findOrganization(i + 1, std::min<qsizetype>(rows.size(), i + 10));
            break;
        }
    }

    // A party named in the running header of every page.
    for (qsizetype i = 0; i < document.runningLines.size() && metadata.organization.isNull(); ++i) {
        const QString text = LayoutPatterns::cleanText(document.runningLines[i]);
        if (text.size() <= 80 && LayoutPatterns::isUpperCase(text) && organization.match(text).hasMatch() && !isOrganizationWordsOnly(text))
            metadata.organization = text;
    }

    // Place.
    if (metadata.place.isNull()) {
        static const QRegularExpression municipality(
            QStringLiteral(R"(^municipalidad\s+(?:(?:provincial|distrital|metropolitana|provincia|distrito)\s+)?(?:de\s+)?(.+)$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression territory(
            QStringLiteral(R"(\b((?:provincia|distrito|regi[oó]n|departamento)\b(?:\s+(?:de|del)\b)?\s+\S.*)$)"),
            QRegularExpression::CaseInsensitiveOption);
        // A territory as printed ("PROVINCIA DE CHINCHA") wins over the municipality's name
        // ("MUNICIPALIDAD PROVINCIAL DE CHINCHA" -> "CHINCHA").
        for (const QRegularExpression *pattern : {&territory, &municipality}) {
            for (qsizetype i = 0; i < headEnd && metadata.place.isNull(); ++i) {
                const QString &text = rows[i].text;
                if (text.size() > 100 || !LayoutPatterns::isUpperCase(text) || LayoutPatterns::isFurniture(text))
                    continue;
                if (pattern == &territory && municipality.match(text).hasMatch())
                    continue; // "MUNICIPALIDAD PROVINCIA DE OTUZCO" names the municipality
                const QRegularExpressionMatch match = pattern->match(text);
                if (match.hasMatch())
                    metadata.place = match.captured(1).trimmed();
            }
        }
        if (metadata.place.isNull() && organizationRow >= 0 && organizationRow + 1 < headEnd) {
            const QString &next = rows[organizationRow + 1].text;
            static const QRegularExpression digits(QStringLiteral(R"(\d)"));
            if (next.size() <= 60 && LayoutPatterns::isUpperCase(next) && !next.contains(digits)
                && !TextNormalizer::fold(next).contains(u"plan") && !LayoutPatterns::isFurniture(next))
                metadata.place = next;
        }
    }

    if (!metadata.place.isNull())
        metadata.place = placePhrase(metadata.place);

    const QString statement = vision(rows, layout);
    if (!statement.isEmpty())
        metadata.vision = statement;
    return metadata;
}

} // namespace vigia
