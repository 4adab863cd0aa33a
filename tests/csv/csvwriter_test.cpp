// The writer's bytes: quoting, formula guards, numbers, presets, TSV cells, streaming errors.
#include "core/csv/csvwriter.h"

#include "../core/testdata.h"

#include <QBuffer>
#include <QLocale>

#include <gtest/gtest.h>

#include <functional>
#include <limits>

using namespace md;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

CsvTable oneRow(const QStringList &header, const std::function<void(CsvTable &)> &fill)
{
    CsvTable t(header);
    fill(t);
    return t;
}

QByteArray csv(const CsvTable &t, CsvPreset preset = CsvPreset::Csv, const QLocale &locale = kEnglish)
{
    return CsvWriter(csvFormat(preset, locale)).toBytes(t);
}

QByteArray oneNumber(double v, CsvPreset preset = CsvPreset::Csv, const QLocale &locale = kEnglish)
{
    CsvTable t({QStringLiteral("n"), QStringLiteral("m")});
    t.addNumber(v);
    t.addEmpty();
    QByteArray bytes = csv(t, preset, locale);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // "n,m\r\n<number>,\r\n": the field between the header and the delimiter
    const qsizetype headerEnd = bytes.indexOf('\n') + 1;
    const QByteArray row = bytes.mid(headerEnd);
    EXPECT_TRUE(row.endsWith("\r\n")) << row.toStdString();
    return row.left(row.size() - 3);
}

} // namespace

TEST(CsvWriter, WritesRfc4180RecordsWithCrLfAndNoByteOrderMark)
{
    const CsvTable t = oneRow({QStringLiteral("symbol"), QStringLiteral("price")}, [](CsvTable &t) {
        t.addText(QStringLiteral("OGDC"));
        t.addNumber(224.96);
        t.addText(QStringLiteral("PSO"));
        t.addNumber(1004.5);
    });
    EXPECT_EQ(csv(t), QByteArray("symbol,price\r\nOGDC,224.96\r\nPSO,1004.5\r\n"));
}

TEST(CsvWriter, QuotesOnlyFieldsThatNeedItAndDoublesQuotes)
{
    const CsvTable t = oneRow({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                               QStringLiteral("e"), QStringLiteral("f")},
                              [](CsvTable &t) {
                                  t.addText(QStringLiteral("plain text; with semicolon and 'apostrophe'"));
                                  t.addText(QStringLiteral("a,b"));
                                  t.addText(QStringLiteral("say \"hi\""));
                                  t.addText(QStringLiteral("line\r\nbreak"));
                                  t.addText(QStringLiteral("lf\nonly"));
                                  t.addText(QStringLiteral("cr\ronly"));
                              });
    EXPECT_EQ(csv(t), QByteArray("a,b,c,d,e,f\r\n"
                                 "plain text; with semicolon and 'apostrophe',\"a,b\",\"say \"\"hi\"\"\","
                                 "\"line\r\nbreak\",\"lf\nonly\",\"cr\ronly\"\r\n"));
}

TEST(CsvWriter, WritesUtf8IncludingCharactersOutsideTheBasicPlane)
{
    const CsvTable t = oneRow({QStringLiteral("text")}, [](CsvTable &t) {
        t.addText(QString::fromUtf8("Café “brisk” Zoë 日本 📈"));
    });
    EXPECT_EQ(csv(t), QByteArray("text\r\nCaf\xC3\xA9 \xE2\x80\x9C" "brisk\xE2\x80\x9D Zo\xC3\xAB \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x93\x88\r\n"));
}

TEST(CsvWriter, WritesALoneSurrogateAsTheReplacementCharacter)
{
    CsvTable t({QStringLiteral("text")});
    QString broken = QStringLiteral("a");
    broken += QChar(0xD83D);
    broken += QLatin1Char('b');
    t.addText(broken);
    EXPECT_EQ(csv(t), QByteArray("text\r\na\xEF\xBF\xBD" "b\r\n"));
}

TEST(CsvWriter, GuardsTextThatStartsLikeAFormula)
{
    const QStringList dangerous = {QStringLiteral("=1+1"), QStringLiteral("+92 300"), QStringLiteral("-5% tomorrow"),
                                   QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd"), QStringLiteral("\rx"),
                                   QStringLiteral("\nx")};
    const QList<QByteArray> expected = {"'=1+1", "'+92 300", "'-5% tomorrow", "'@SUM(A1)", "'\tcmd", "\"'\rx\"", "\"'\nx\""};
    for (qsizetype i = 0; i < dangerous.size(); ++i) {
        CsvTable t({QStringLiteral("text"), QStringLiteral("n")});
        t.addText(dangerous[i]);
        t.addNumber(1);
        EXPECT_EQ(csv(t), QByteArray("text,n\r\n" + expected[i] + ",1\r\n")) << i;
    }
}

TEST(CsvWriter, GuardsAFormulaInsideQuotesAndLeavesHarmlessTextAlone)
{
    CsvTable t({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    t.addText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    t.addText(QStringLiteral(" =not at start"));
    t.addText(QStringLiteral("'quoted already"));
    t.addText(QString());
    EXPECT_EQ(csv(t), QByteArray("a,b,c,d\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\", =not at start,'quoted already,\r\n"));
}

TEST(CsvWriter, KeepsNegativeNumbersAsNumbers)
{
    EXPECT_EQ(oneNumber(-7.01), QByteArray("-7.01"));
    EXPECT_EQ(oneNumber(-0.05), QByteArray("-0.05"));
}

TEST(CsvWriter, WritesNumbersInShortestFixedNotation)
{
    EXPECT_EQ(oneNumber(113247), QByteArray("113247"));
    EXPECT_EQ(oneNumber(1.13247e+05), QByteArray("113247"));
    EXPECT_EQ(oneNumber(1004.50), QByteArray("1004.5"));
    EXPECT_EQ(oneNumber(0.1 + 0.2), QByteArray("0.30000000000000004"));
    EXPECT_EQ(oneNumber(1e21), QByteArray("1000000000000000000000"));
    EXPECT_EQ(oneNumber(0.00001), QByteArray("0.00001"));
    EXPECT_EQ(oneNumber(-0.0), QByteArray("0"));
    EXPECT_EQ(oneNumber(3), QByteArray("3"));
}

TEST(CsvWriter, WritesUnknownNumbersAsEmptyFields)
{
    EXPECT_EQ(oneNumber(std::numeric_limits<double>::quiet_NaN()), QByteArray());
    EXPECT_EQ(oneNumber(std::numeric_limits<double>::infinity()), QByteArray());
}

TEST(CsvWriter, NumbersDoNotDependOnTheProcessLocale)
{
    const QLocale saved;
    QLocale::setDefault(kGerman);
    EXPECT_EQ(oneNumber(-7.01), QByteArray("-7.01"));
    EXPECT_EQ(oneNumber(1234567.25), QByteArray("1234567.25"));
    QLocale::setDefault(saved);
}

TEST(CsvWriter, ExcelPresetAddsAByteOrderMarkAndFollowsTheListSeparatorButNotTheDecimals)
{
    CsvTable t({QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("change")});
    t.addText(QStringLiteral("KSE100"));
    t.addNumber(113247);
    t.addNumber(-543.25);
    EXPECT_EQ(csv(t, CsvPreset::Excel, kEnglish), QByteArray("\xEF\xBB\xBFname,value,change\r\nKSE100,113247,-543.25\r\n"));
    EXPECT_EQ(csv(t, CsvPreset::Excel, kGerman), QByteArray("\xEF\xBB\xBFname;value;change\r\nKSE100;113247;-543.25\r\n"));
    EXPECT_EQ(csv(t, CsvPreset::Excel, QLocale(QLocale::French, QLocale::France)),
              QByteArray("\xEF\xBB\xBFname;value;change\r\nKSE100;113247;-543.25\r\n"));
}

TEST(CsvWriter, ExcelWithSemicolonsQuotesSemicolonsNotCommas)
{
    CsvTable t({QStringLiteral("text")});
    t.addText(QStringLiteral("a;b"));
    t.addText(QStringLiteral("a,b"));
    EXPECT_EQ(csv(t, CsvPreset::Excel, kGerman), QByteArray("\xEF\xBB\xBFtext\r\n\"a;b\"\r\na,b\r\n"));
}

TEST(CsvWriter, TsvTurnsTabsAndLineBreaksInsideACellIntoSpaces)
{
    CsvTable t({QStringLiteral("author"), QStringLiteral("text"), QStringLiteral("n")});
    t.addText(QStringLiteral("say \"hi\", ok"));
    t.addText(QStringLiteral("one\r\ntwo\nthree\rfour\tfive"));
    t.addNumber(-1.5);
    EXPECT_EQ(csv(t, CsvPreset::Tsv), QByteArray("author\ttext\tn\nsay \"hi\", ok\tone two three four five\t-1.5\n"));
}

TEST(CsvWriter, TsvGuardsFormulasBeforeReplacingTabs)
{
    CsvTable t({QStringLiteral("text")});
    t.addText(QStringLiteral("\t=1"));
    t.addText(QStringLiteral("@x"));
    EXPECT_EQ(csv(t, CsvPreset::Tsv), QByteArray("text\n' =1\n'@x\n"));
}

TEST(CsvWriter, PadsAShortLastRowWithEmptyFields)
{
    CsvTable t({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    t.addText(QStringLiteral("x"));
    EXPECT_EQ(t.rowCount(), 1);
    EXPECT_EQ(csv(t), QByteArray("a,b,c\r\nx,,\r\n"));
}

TEST(CsvWriter, QuotesAnEmptyFieldThatIsAWholeRecord)
{
    CsvTable t({QStringLiteral("text")});
    t.addText(QString());
    t.addEmpty();
    t.addNumber(std::numeric_limits<double>::quiet_NaN());
    EXPECT_EQ(csv(t), QByteArray("text\r\n\"\"\r\n\"\"\r\n\"\"\r\n"));
}

TEST(CsvWriter, StreamsTheSameBytesToADevice)
{
    CsvTable t({QStringLiteral("symbol"), QStringLiteral("price")});
    for (int i = 0; i < 200000; ++i) {
        t.addText(QStringLiteral("SYM%1").arg(i));
        t.addNumber(i * 0.25);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString reason;
    ASSERT_TRUE(CsvWriter(csvFormat(CsvPreset::Excel, kGerman)).write(t, buffer, &reason)) << reason.toStdString();
    EXPECT_GT(buffer.data().size(), 2 << 20);  // several chunks
    EXPECT_EQ(buffer.data(), csv(t, CsvPreset::Excel, kGerman));
}

namespace {

// A device that accepts a number of bytes, then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (written + len > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written += len;
        return len;
    }

private:
    qint64 m_room;
};

} // namespace

TEST(CsvWriter, ReportsTheDeviceReasonWhenAWriteFails)
{
    CsvTable t({QStringLiteral("symbol")});
    for (int i = 0; i < 300000; ++i)
        t.addText(QStringLiteral("SYMBOL%1").arg(i));
    FullDevice device(1 << 20);
    QString reason;
    EXPECT_FALSE(CsvWriter(csvFormat(CsvPreset::Csv, kEnglish)).write(t, device, &reason));
    EXPECT_EQ(reason, QStringLiteral("No space left on device"));
}

TEST(CsvFormat, PresetNamesRoundTripAndUnknownNamesAreRefused)
{
    for (CsvPreset p : {CsvPreset::Csv, CsvPreset::Excel, CsvPreset::Tsv})
        EXPECT_EQ(csvPresetFromName(csvPresetName(p)), p);
    EXPECT_EQ(csvPresetFromName(u"EXCEL"), CsvPreset::Excel);
    EXPECT_FALSE(csvPresetFromName(u"xlsx").has_value());
    EXPECT_EQ(csvPresetNames(), (QStringList{QStringLiteral("csv"), QStringLiteral("excel"), QStringLiteral("tsv")}));
    EXPECT_EQ(csvPresetSuffix(CsvPreset::Tsv), QStringLiteral("tsv"));
    EXPECT_EQ(csvPresetSuffix(CsvPreset::Excel), QStringLiteral("csv"));
}
