// The interface languages: every tr() string of src/ and ui/ has a finished
// Japanese and English translation, and the window starts in Japanese.
#include "interfacelanguage.h"
#include "mainwindow.h"

#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString sourceDirectory()
{
    return QStringLiteral(KIJI_SOURCE_DIR);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sources of the messages of a .ts file that `lupdate` left unfinished.
QStringList unfinishedSources(const QByteArray &ts)
{
    QStringList sources;
    static const QRegularExpression message(QStringLiteral("<message[ >].*?</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatchIterator it = message.globalMatch(QString::fromUtf8(ts));
    while (it.hasNext()) {
        const QString block = it.next().captured();
        if (block.contains(QLatin1String("type=\"unfinished\"")))
            sources.append(source.match(block).captured(1));
    }
    return sources;
}

bool hasJapanese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff);
    });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void windowStartsInJapanese();
    void otherLanguagesReadEnglish();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Japanese") << QStringLiteral("kiji_ja.ts");
    QTest::newRow("English") << QStringLiteral("kiji_en.ts");
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, file);
    const QByteArray committed = readAll(sourceDirectory() + QStringLiteral("/translations/") + file);
    QVERIFY(!committed.isEmpty());
    QVERIFY2(!committed.contains("type=\"obsolete\"") && !committed.contains("type=\"vanished\""),
             "the .ts file keeps messages no source has any more");

    // lupdate reads the sources into a copy: what it adds is untranslated.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString copy = directory.filePath(file);
    QVERIFY(QFile::copy(sourceDirectory() + QStringLiteral("/translations/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDirectory());
    lupdate.start(QStringLiteral(KIJI_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"), QStringLiteral("en"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("src"), QStringLiteral("ui"),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    const QStringList missing = unfinishedSources(readAll(copy));
    for (const QString &source : missing)
        qWarning("not translated: %s", qPrintable(source));
    QCOMPARE(missing.size(), 0);
}

void TestTranslations::windowStartsInJapanese()
{
    QVERIFY(InterfaceLanguage::install(QLocale(QStringLiteral("ja")), QStringLiteral(KIJI_QM_DIR)));
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    for (const QAction *menu : menus)
        QVERIFY2(hasJapanese(menu->text()), qPrintable(menu->text()));
    // Qt's own dialogs speak Japanese too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
}

void TestTranslations::otherLanguagesReadEnglish()
{
    QVERIFY(InterfaceLanguage::install(QLocale(QStringLiteral("fr")), QStringLiteral(KIJI_QM_DIR)));
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    for (const QAction *menu : menus)
        QVERIFY2(!hasJapanese(menu->text()), qPrintable(menu->text()));
    QVERIFY(InterfaceLanguage::install(QLocale(QStringLiteral("ja")), QStringLiteral(KIJI_QM_DIR)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
