#include "TargetQuantityReader.h"

#include "text/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace vigia {

QString targetQuantityKindId(TargetQuantity::Kind kind)
{
    switch (kind) {
    case TargetQuantity::Kind::None:
        return QStringLiteral("none");
    case TargetQuantity::Kind::Count:
        return QStringLiteral("count");
    case TargetQuantity::Kind::Percentage:
        return QStringLiteral("percentage");
    case TargetQuantity::Kind::All:
        return QStringLiteral("all");
    case TargetQuantity::Kind::Frequency:
        return QStringLiteral("frequency");
    }
    return {};
}

namespace {

struct Token {
    QString text;
    QString folded;
    qsizetype start = 0;
    qsizetype end = 0;
    bool isNumber = false;
};

const QHash<QString, double> &numberWords()
{
    static const QHash<QString, double> words{
        {QStringLiteral("cero"), 0},         {QStringLiteral("dos"), 2},
        {QStringLiteral("tres"), 3},         {QStringLiteral("cuatro"), 4},
        {QStringLiteral("cinco"), 5},        {QStringLiteral("seis"), 6},
        {QStringLiteral("siete"), 7},        {QStringLiteral("ocho"), 8},
        {QStringLiteral("nueve"), 9},        {QStringLiteral("diez"), 10},
        {QStringLiteral("once"), 11},        {QStringLiteral("doce"), 12},
        {QStringLiteral("quince"), 15},      {QStringLiteral("veinte"), 20},
        {QStringLiteral("treinta"), 30},     {QStringLiteral("cuarenta"), 40},
        {QStringLiteral("cincuenta"), 50},   {QStringLiteral("cien"), 100},
        {QStringLiteral("doscientos"), 200}, {QStringLiteral("doscientas"), 200},
        {QStringLiteral("trescientos"), 300}, {QStringLiteral("trescientas"), 300},
        {QStringLiteral("quinientos"), 500}, {QStringLiteral("quinientas"), 500},
        {QStringLiteral("mil"), 1000},
    };
    return words;
}

bool isOneOf(const QString &folded, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (folded == word)
            return true;
    }
    return false;
}

bool isFrequencyWord(const QString &folded)
{
    return isOneOf(folded, {u"anual", u"anuales", u"anualmente", u"semestral", u"semestrales", u"semestralmente",
                            u"trimestral", u"trimestrales", u"trimestralmente", u"bimestral", u"mensual",
                            u"mensuales", u"mensualmente", u"quincenal", u"semanal", u"semanales",
                            u"semanalmente", u"diario", u"diaria", u"diariamente"});
}

bool isPeriodNoun(const QString &folded)
{
    return isOneOf(folded, {u"ano", u"anos", u"mes", u"meses", u"semana", u"semanas", u"dia", u"dias",
                            u"trimestre", u"trimestres", u"semestre", u"semestres"});
}

bool isArticle(const QString &folded)
{
    return isOneOf(folded, {u"el", u"la", u"los", u"las", u"sus", u"nuestros", u"nuestras", u"estos", u"estas"});
}

// Past participles and gerunds end a unit: "05 Escuelas deportivas | implementadas".
bool isParticipleOrGerund(const QString &folded)
{
    static const QRegularExpression pattern(QStringLiteral("^\\w{3,}(ad|id)(o|a|os|as)$|^\\w{3,}(ando|iendo|endo)$"));
    return pattern.match(folded).hasMatch();
}

bool endsUnit(const QString &folded)
{
    return isOneOf(folded, {u"en", u"para", u"con", u"por", u"a", u"al", u"que", u"y", u"e", u"o", u"u", u"como",
                            u"mediante", u"desde", u"hasta", u"durante", u"sobre", u"se", u"es", u"son", u"cuenta",
                            u"cuentan", u"debe", u"deben", u"segun", u"entre", u"sin", u"ante"});
}

std::optional<double> parseNumber(const QString &digits)
{
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
    QString value = digits;
    if (grouped.match(value).hasMatch())
        value.remove(u'.').remove(u',');
    else
        value.replace(u',', u'.');
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

class QuantityScan {
public:
    QuantityScan(const QString &text, const QList<TextWord> &words)
        : m_text(text)
    {
        for (const TextWord &word : words)
            m_tokens.append({word.text, TextNormalizer::fold(word.text), word.start, word.start + word.text.size(),
                             word.isNumber});
    }

    TargetQuantity read()
    {
        TargetQuantity quantity;
        readDeadline(quantity);
        const qsizetype purpose = purposeStart();
        for (qsizetype i = 0; i < purpose && !quantity.hasQuantity(); ++i)
            readQuantityAt(i, quantity);
        return quantity;
    }

private:
    const QString &m_text;
    QList<Token> m_tokens;

    const QString &folded(qsizetype i) const
    {
        static const QString none;
        return i >= 0 && i < m_tokens.size() ? m_tokens.at(i).folded : none;
    }

    bool isYear(qsizetype i) const
    {
        const Token &token = m_tokens.at(i);
        if (!token.isNumber || token.text.size() != 4 || followedByPercent(i))
            return false;
        const int value = token.text.toInt();
        return value >= 1900 && value <= 2100;
    }

    bool followedByPercent(qsizetype i) const
    {
        qsizetype at = m_tokens.at(i).end;
        while (at < m_text.size() && m_text.at(at).isSpace())
            ++at;
        return at < m_text.size() && (m_text.at(at) == u'%' || m_text.at(at) == QChar(0xFF05));
    }

    // Punctuation between two tokens ends a noun phrase.
    bool punctuationBefore(qsizetype i) const
    {
        if (i <= 0)
            return false;
        for (qsizetype at = m_tokens.at(i - 1).end; at < m_tokens.at(i).start; ++at) {
            if (!m_text.at(at).isSpace())
                return true;
        }
        return false;
    }

    // "para fortalecer …", "con la finalidad de …": what follows states a purpose, not a target.
    qsizetype purposeStart() const
    {
        static const QRegularExpression infinitive(QStringLiteral("^\\w{2,}(ar|er|ir)(se)?$"));
        for (qsizetype i = 0; i + 1 < m_tokens.size(); ++i) {
            if (folded(i) == u"para" && infinitive.match(folded(i + 1)).hasMatch())
                return i;
            if (isOneOf(folded(i), {u"finalidad", u"fin", u"objeto", u"objetivo"}) && folded(i + 1) == u"de"
                && i > 0 && isOneOf(folded(i - 1), {u"la", u"el", u"a"}))
                return i;
        }
        return m_tokens.size();
    }

    void readDeadline(TargetQuantity &quantity) const
    {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (isYear(i)) {
                quantity.year = m_tokens.at(i).text.toInt();
                qsizetype from = i;
                if (i > 0 && isOneOf(folded(i - 1), {u"al", u"hasta", u"para", u"en", u"hacia", u"antes", u"del", u"el"}))
                    from = i - 1;
                if (from > 0 && folded(from) == u"el" && isOneOf(folded(from - 1), {u"hasta", u"para", u"en", u"hacia"}))
                    --from;
                quantity.deadlineText = m_text.mid(m_tokens.at(from).start, m_tokens.at(i).end - m_tokens.at(from).start);
                return;
            }
            if (isOneOf(folded(i), {u"primer", u"primero", u"segundo", u"tercer", u"tercero", u"cuarto", u"ultimo"})
                && isOneOf(folded(i + 1), {u"ano", u"semestre"})) {
                qsizetype from = i;
                if (i > 0 && isOneOf(folded(i - 1), {u"el", u"al"}))
                    from = i - 1;
                if (from > 0 && folded(from) == u"el" && isOneOf(folded(from - 1), {u"durante", u"en", u"hasta", u"para"}))
                    --from;
                quantity.deadlineText
                    = m_text.mid(m_tokens.at(from).start, m_tokens.at(i + 1).end - m_tokens.at(from).start);
                return;
            }
        }
    }

    // The noun phrase starting at `from` (leading articles and "de" skipped), up to `limit`.
    QString unitFrom(qsizetype from, qsizetype limit) const
    {
        while (from < limit && (isArticle(folded(from)) || isOneOf(folded(from), {u"de", u"del", u"un", u"una"})))
            ++from;
        qsizetype last = -1;
        int contentWords = 0;
        for (qsizetype j = from; j < limit && contentWords < 4; ++j) {
            const Token &token = m_tokens.at(j);
            if (j > from && punctuationBefore(j))
                break;
            if (token.isNumber || endsUnit(token.folded) || (contentWords > 0 && isParticipleOrGerund(token.folded)))
                break;
            if (isOneOf(token.folded, {u"de", u"del"}) || isArticle(token.folded))
                continue; // kept only when a content word follows
            last = j;
            ++contentWords;
        }
        if (last < 0)
            return {};
        return m_text.mid(m_tokens.at(from).start, m_tokens.at(last).end - m_tokens.at(from).start);
    }

    // The content word just before `index` ("cobertura al 100%").
    QString unitBefore(qsizetype index) const
    {
        qsizetype j = index - 1;
        while (j >= 0 && isOneOf(folded(j), {u"al", u"el", u"en", u"un", u"del", u"de", u"hasta", u"a", u"la", u"su", u"sus"}))
            --j;
        if (j < 0 || m_tokens.at(j).isNumber || endsUnit(folded(j)))
            return {};
        return m_tokens.at(j).text;
    }

    void readQuantityAt(qsizetype i, TargetQuantity &quantity) const
    {
        const Token &token = m_tokens.at(i);
        const QString &word = token.folded;
        std::optional<double> value;
        if (token.isNumber) {
            if (isYear(i))
                return;
            // An age ("mayores de 45 años") qualifies people; it is not a target.
            if (folded(i - 1) == u"de" && isOneOf(folded(i - 2), {u"mayores", u"menores", u"mas"}))
                return;
            value = parseNumber(token.text);
        } else if (numberWords().contains(word)) {
            value = numberWords().value(word);
        }
        if (value) {
            qsizetype next = i + 1;
            if (folded(next) == u"mil" && *value != 1000) {
                *value *= 1000;
                ++next;
            } else if (isOneOf(folded(next), {u"millon", u"millones"})) {
                *value *= 1000000;
                ++next;
            }
            const bool percent = followedByPercent(next - 1)
                                 || (folded(next) == u"por" && folded(next + 1) == u"ciento");
            if (folded(next) == u"por" && folded(next + 1) == u"ciento")
                next += 2;
            quantity.kind = percent ? TargetQuantity::Kind::Percentage : TargetQuantity::Kind::Count;
            quantity.value = *value;
            quantity.quantityText = m_text.mid(token.start, m_tokens.at(next - 1).end - token.start);
            if (percent && !quantity.quantityText.endsWith(u"ciento"))
                quantity.quantityText += u'%';
            quantity.unit = unitFrom(next, m_tokens.size());
            if (quantity.unit.isEmpty())
                quantity.unit = unitBefore(i);
            return;
        }
        if (isFrequencyWord(word)) {
            quantity.kind = TargetQuantity::Kind::Frequency;
            quantity.value = 1;
            quantity.quantityText = token.text;
            quantity.unit = unitFrom(0, i);
            return;
        }
        const bool everyOf = isOneOf(word, {u"todos", u"todas", u"todo", u"toda"}) && isArticle(folded(i + 1));
        const bool each = word == u"cada";
        if (!everyOf && !each)
            return;
        const qsizetype nounIndex = everyOf ? i + 2 : i + 1;
        if (nounIndex >= m_tokens.size() || m_tokens.at(nounIndex).isNumber)
            return;
        if (isPeriodNoun(folded(nounIndex))) {
            quantity.kind = TargetQuantity::Kind::Frequency;
            quantity.value = 1;
            quantity.quantityText = m_text.mid(token.start, m_tokens.at(nounIndex).end - token.start);
            quantity.unit = unitFrom(0, i);
            return;
        }
        quantity.kind = TargetQuantity::Kind::All;
        quantity.value = 100;
        quantity.quantityText = token.text;
        quantity.unit = unitFrom(nounIndex, m_tokens.size());
    }
};

} // namespace

TargetQuantity TargetQuantityReader::read(const QString &text)
{
    return QuantityScan(text, m_breaker.words(text)).read();
}

} // namespace vigia
