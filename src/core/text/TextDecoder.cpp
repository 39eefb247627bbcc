#include "TextDecoder.h"

#include "TextNormalizer.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <QCoreApplication>
#include <QStringDecoder>

#include <memory>

namespace vigia {
namespace {

struct CharsetDetectorCloser {
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// Share of bytes that are control characters no text file holds (NUL, and C0 except tab/newlines/form feed).
double binaryShare(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0.0;
    qsizetype suspicious = 0;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 16);
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A))
            ++suspicious;
    }
    return static_cast<double>(suspicious) / static_cast<double>(sample);
}

// UTF-16 written without a byte order mark: a NUL in nearly every other byte (the high byte of
// Latin letters) and almost none in the bytes between.
bool looksLikeUtf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 1 << 16) / 2;
    if (pairs < 2)
        return false;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += bytes[2 * i] == 0 ? 1 : 0;
        oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    const auto most = [pairs](qsizetype count) { return count * 10 >= pairs * 9; };
    const auto few = [pairs](qsizetype count) { return count * 10 <= pairs; };
    return (most(evenNul) && few(oddNul)) || (most(oddNul) && few(evenNul));
}

QString convertWithIcu(const QByteArray &bytes, const char *charset, QString *error)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("TextDecoder", "unsupported encoding %1").arg(QLatin1String(charset));
        return {};
    }
    QString result(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(result.data()),
                                         static_cast<int32_t>(result.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("TextDecoder", "cannot convert from %1: %2").arg(QLatin1String(charset), QLatin1String(u_errorName(status)));
        return {};
    }
    result.truncate(length);
    return result;
}

QString normaliseLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("TextDecoder", "the file is empty");
        return result;
    }
    // UTF-16/32 are only accepted with a byte order mark; ICU names them for us.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool littleEndian = bytes.startsWith("\xFF\xFE");
        result.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.text = convertWithIcu(bytes.mid(2), littleEndian ? "UTF-16LE" : "UTF-16BE", &result.error);
        result.converted = true;
    } else if (looksLikeUtf16WithoutBom(bytes)) {
        result.error = QCoreApplication::translate("TextDecoder", "the text is UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)");
        return result;
    } else if (binaryShare(bytes) > 0.001) {
        result.error = QCoreApplication::translate("TextDecoder", "the file is binary, not text");
        return result;
    } else if (isValidUtf8(bytes)) {
        const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
        result.encoding = QStringLiteral("UTF-8");
        result.text = QString::fromUtf8(hasBom ? bytes.mid(3) : bytes);
    } else {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UCharsetDetector, CharsetDetectorCloser> detector(ucsdet_open(&status));
        ucsdet_setText(detector.get(), bytes.constData(), static_cast<int32_t>(std::min<qsizetype>(bytes.size(), INT32_MAX)), &status);
        const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
        const char *name = (U_SUCCESS(status) && match) ? ucsdet_getName(match, &status) : nullptr;
        QByteArray charset = name ? QByteArray(name) : QByteArray("windows-1252");
        // Invalid UTF-8 that ICU still calls UTF-8 or ASCII, and ISO-8859-1 (which has no printable
        // characters in 0x80-0x9F), are read as Windows-1252: its superset in every file we meet.
        if (charset == "UTF-8" || charset == "US-ASCII" || charset == "ISO-8859-1")
            charset = "windows-1252";
        result.encoding = QString::fromLatin1(charset);
        result.text = convertWithIcu(bytes, charset.constData(), &result.error);
        result.converted = true;
    }
    if (!result.error.isEmpty())
        return result;
    if (result.text.contains(QChar(0))) {
        result.error = QCoreApplication::translate("TextDecoder", "the file contains NUL characters, it is not a text file");
        return result;
    }
    result.text = TextNormalizer::nfc(normaliseLineEnds(result.text));
    return result;
}

} // namespace vigia
